import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readArticle, readArticleSliced } from '../../../utils/article/index';
import { leaveHandoff, takeHandoff } from '../../../utils/article/handoff';
import { findPageArticle } from '../../../utils/article/page-article';
import { pageDocument } from './page';

/** Which stage ran after how many pauses (`counter.pauses()` at the call): wrapped below. */
const { calls, counter, recording } = vi.hoisted(() => {
  const calls: [string, number][] = [];
  const counter = { pauses: () => -1 };
  /** `real` with its function `name` wrapped to note each call in `calls`. */
  const recording = <T extends object>(real: T, name: keyof T & string): T => {
    const fn = real[name] as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]) => {
      calls.push([name, counter.pauses()]);
      return fn(...args);
    };
    return { ...real, [name]: wrapped };
  };
  return { calls, counter, recording };
});

vi.mock('../../../utils/article/type-cues', async (load) =>
  recording(await load<typeof import('../../../utils/article/type-cues')>(), 'typeCues'),
);
vi.mock('../../../utils/article/visible-meta', async (load) =>
  recording(await load<typeof import('../../../utils/article/visible-meta')>(), 'headlineElement'),
);
vi.mock('../../../utils/article/extract', async (load) =>
  recording(await load<typeof import('../../../utils/article/extract')>(), 'scoreCandidates'),
);
vi.mock('../../../utils/article/container-rank', async (load) =>
  recording(
    await load<typeof import('../../../utils/article/container-rank')>(),
    'candidateFeatures',
  ),
);
vi.mock('../../../utils/article/detect', async (load) =>
  recording(await load<typeof import('../../../utils/article/detect')>(), 'classify'),
);

const SEED = readFileSync('tests/fixtures/pages/seed-article/source.html', 'utf8');
const URL = 'https://example.com/2024/06/01/seed';

/** A slicer whose slice is always spent: the reading pauses at every chance it has. */
function eager() {
  let pauses = 0;
  return {
    slicer: {
      due: () => true,
      pause: async () => {
        pauses++;
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    },
    pauses: () => pauses,
  };
}

describe('readArticleSliced', () => {
  it('pauses inside the walks and between stages, and reads exactly what readArticle reads', async () => {
    const doc = pageDocument(SEED, URL);
    const whole = readArticle(doc, URL);
    const { slicer, pauses } = eager();
    const sliced = await readArticleSliced(doc, slicer, URL);
    expect(whole.detection.isArticle).toBe(true);
    expect(sliced.detection).toEqual(whole.detection);
    expect(sliced.meta).toEqual(whole.meta);
    expect(sliced.body?.text).toBe(whole.body?.text);
    expect(sliced.body?.segments.length).toBe(whole.body?.segments.length);
    expect(pauses()).toBeGreaterThan(3);
  });

  it('reads the metadata, chooses the container and computes the features and the model in several slices', async () => {
    const doc = pageDocument(SEED, URL);
    let whole: number[] = [];
    readArticle(doc, URL, { onFeatures: (x) => (whole = x) });
    const { slicer, pauses } = eager();
    let sliced: number[] = [];
    let atFeatures = -1;
    calls.length = 0;
    counter.pauses = pauses;
    await readArticleSliced(doc, slicer, URL, {
      onFeatures: (x) => {
        sliced = x;
        atFeatures = pauses();
      },
    });
    counter.pauses = () => -1;
    expect(sliced).toEqual(whole);
    const at = (name: string) => calls.find(([n]) => n === name)?.[1] ?? NaN;
    // Headline | byline | date and the rest | candidates scored: three pauses at least.
    expect(at('scoreCandidates') - at('headlineElement')).toBeGreaterThanOrEqual(3);
    // Candidates scored | prose totals | candidate features: two pauses at least.
    expect(at('candidateFeatures') - at('scoreCandidates')).toBeGreaterThanOrEqual(2);
    expect(at('typeCues')).toBeLessThan(atFeatures);
    expect(at('classify')).toBeGreaterThan(atFeatures);
  });

  it('does not count its pauses against the time budget', async () => {
    const doc = pageDocument(SEED, URL);
    const slow = {
      due: () => true,
      pause: () => new Promise<void>((resolve) => setTimeout(resolve, 40)),
    };
    const reading = await readArticleSliced(doc, slow, URL, { budget: { timeMs: 400 } });
    expect(reading.detection.signals ?? []).not.toContain('gave-up:time-budget');
    expect(reading.body?.text.length).toBeGreaterThan(1000);
  });
});

describe('findPageArticle', () => {
  it('refuses a page that is no article, saying why', async () => {
    const doc = pageDocument('<html><body><p>Log in</p></body></html>', URL);
    const found = await findPageArticle(doc, eager().slicer, URL);
    expect(found.ok).toBe(false);
  });
});

describe('article handoff', () => {
  it('is taken once, and only while the page still matches it', async () => {
    const doc = pageDocument(SEED, URL);
    const found = await findPageArticle(doc, eager().slicer, URL);
    if (!found.ok) throw new Error(found.why);
    const scope = {};
    leaveHandoff(scope, doc, found.reading);
    expect(takeHandoff(scope, doc)).toBe(found.reading);
    expect(takeHandoff(scope, doc)).toBeNull();

    leaveHandoff(scope, doc, found.reading);
    doc.body.appendChild(doc.createElement('div'));
    expect(takeHandoff(scope, doc)).toBeNull();

    leaveHandoff(scope, doc, found.reading);
    found.reading.body.segments[0]!.node.remove();
    expect(takeHandoff(scope, doc)).toBeNull();
  });
});
