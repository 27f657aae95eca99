import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../utils/article/index';
import { pageDocument } from './page';

/** Readability-style page folders: source.html plus what a reader expects from it. */
interface Expected {
  url: string;
  pageType: string;
  isArticle: boolean;
  title?: string;
  byline?: string;
  published?: string;
  siteName?: string;
  lang?: string;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  /** A known miss: the detection test is expected to fail until it is fixed. */
  knownIssue?: string;
}

const ROOT = join(__dirname, '../../fixtures/pages');

function load(name: string): { doc: Document; expected: Expected } {
  const html = readFileSync(join(ROOT, name, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
  return { doc: pageDocument(html, expected.url), expected };
}

describe.each(readdirSync(ROOT))('fixture page %s', (name) => {
  const { doc, expected } = load(name);
  const reading = readArticle(doc, expected.url);

  const detects = expected.knownIssue ? it.fails : it;
  detects('is detected as its page type says', () => {
    expect(reading.detection.isArticle).toBe(expected.isArticle);
    if (!expected.isArticle) expect(reading.body).toBeNull();
  });

  it('reads the metadata', () => {
    for (const key of ['title', 'byline', 'published', 'siteName', 'lang'] as const) {
      if (expected[key] !== undefined) expect(reading.meta[key]).toBe(expected[key]);
    }
  });

  it.runIf(expected.isArticle)('extracts the body and nothing around it', () => {
    const text = reading.body?.text ?? '';
    if (expected.bodyStartsWith) expect(text.startsWith(expected.bodyStartsWith)).toBe(true);
    if (expected.bodyEndsWith) expect(text.endsWith(expected.bodyEndsWith)).toBe(true);
    for (const s of expected.bodyIncludes ?? []) expect(text).toContain(s);
    for (const s of expected.bodyExcludes ?? []) expect(text).not.toContain(s);
  });

  it.runIf(expected.isArticle)('maps every body character to a live text node', () => {
    const map = reading.body!;
    let at = 0;
    for (const seg of map.segments) {
      expect(seg.start).toBe(at);
      expect(seg.node.isConnected).toBe(true);
      if (!seg.synthetic) {
        const slice = seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + seg.end - seg.start);
        expect(slice).toBe(map.text.slice(seg.start, seg.end));
      }
      at = seg.end;
    }
    expect(at).toBe(map.text.length);
  });
});
