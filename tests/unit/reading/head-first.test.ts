import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../../entrypoints/reader.content/reader';
import type { Layers } from '../../../entrypoints/reader.content/layers';
import type { ArticleFound } from '../../../utils/article/page-article';
import type { GroupName, OffsetSpan } from '../../../utils/highlight/groups';
import type { Result } from '../../../utils/messages';
import type { Analysis } from '../../../utils/nlp/types';

/** An analysis with one person named at `start`. */
const person = (name: string, start: number): Analysis => ({
  actors: [
    {
      id: name,
      name,
      type: 'person',
      mentions: [{ start, end: start + name.length, text: name, form: 'name' }],
    },
  ],
  claims: [],
});

function recordingLayers() {
  const sets: Map<GroupName, OffsetSpan[]>[] = [];
  const layers = {
    set: (_map: unknown, groups: Map<GroupName, OffsetSpan[]>) => void sets.push(groups),
    add: () => undefined,
    setVisible: () => undefined,
    hidden: () => [],
    flash: () => undefined,
    clear: () => undefined,
  } as unknown as Layers;
  return { layers, sets };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const found = (text: string): ArticleFound => ({
  detection: { isArticle: true, confidence: 0.9 },
  meta: { title: 'A long article' },
  body: { text, segments: [] },
});

const spansOf = (groups: Map<GroupName, OffsetSpan[]>) =>
  [...groups.values()].flat().map((s) => [s.start, s.end]);

afterEach(() => performance.clearMarks());

describe('readPage with a head analysed first', () => {
  it("paints the head's analysis, then repaints with the whole one, which alone reaches cards", async () => {
    const text = 'Ann Lee spoke.\n\nLater, Bob Roe spoke.';
    const head = deferred<Result<Analysis>>();
    const whole = deferred<Result<Analysis>>();
    const { layers, sets } = recordingLayers();
    const painted: (Analysis | null)[] = [];
    const reading = readPage(document, {
      layers,
      isStale: () => false,
      saveAutomatic: false,
      prefetched: found(text),
      analysis: { head: head.promise, whole: whole.promise },
      onPainted: (r) => painted.push(r.analysis),
    });
    head.resolve({ ok: true, value: person('Ann Lee', 0) });
    await new Promise((r) => setTimeout(r, 0));
    // The head is painted before the whole analysis has arrived.
    expect(sets.map(spansOf)).toEqual([[[0, 7]]]);
    expect(performance.getEntriesByName('margin:painted')).toHaveLength(1);
    expect(performance.getEntriesByName('margin:painted-all')).toHaveLength(0);
    expect(painted).toEqual([]);
    const all = person('Bob Roe', 23);
    whole.resolve({ ok: true, value: all });
    await reading;
    expect(sets.map(spansOf)).toEqual([[[0, 7]], [[23, 30]]]);
    expect(painted).toEqual([all]);
    expect(performance.getEntriesByName('margin:painted')).toHaveLength(1);
    expect(performance.getEntriesByName('margin:painted-all')).toHaveLength(1);
  });

  it('paints nothing more once a newer reading has started', async () => {
    let stale = false;
    const whole = deferred<Result<Analysis>>();
    const { layers, sets } = recordingLayers();
    const reading = readPage(document, {
      layers,
      isStale: () => stale,
      saveAutomatic: false,
      prefetched: found('Ann Lee spoke.\n\nBob Roe spoke.'),
      analysis: {
        head: Promise.resolve({ ok: true, value: person('Ann Lee', 0) }),
        whole: whole.promise,
      },
    });
    await new Promise((r) => setTimeout(r, 0));
    stale = true;
    whole.resolve({ ok: true, value: person('Bob Roe', 16) });
    expect(await reading).toBeNull();
    expect(sets).toHaveLength(1);
  });

  it('paints the whole analysis once when the head analysis failed', async () => {
    const { layers, sets } = recordingLayers();
    await readPage(document, {
      layers,
      isStale: () => false,
      saveAutomatic: false,
      prefetched: found('Ann Lee spoke.\n\nBob Roe spoke.'),
      analysis: {
        head: Promise.resolve({ ok: false, error: 'gone' }),
        whole: Promise.resolve({ ok: true, value: person('Bob Roe', 16) }),
      },
    });
    expect(sets.map(spansOf)).toEqual([[[16, 23]]]);
    expect(performance.getEntriesByName('margin:painted')).toHaveLength(1);
  });
});
