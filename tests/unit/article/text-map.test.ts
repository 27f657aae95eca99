import { describe, expect, it } from 'vitest';
import { offsetsFromRange, rangeFromOffsets, readArticle } from '../../../utils/article/index';
import { TextMapBuilder } from '../../../utils/article/text-map-builder';
import { pageDocument } from './page';

const ARTICLE = `<html><body><main><article>
  <h1>Headline of the day</h1>
  <div class="story-body">
    <p>  First   paragraph with
      <em>emphasis</em>, <a href="#x">a link</a> and   spaces.  </p>
    <p>Second paragraph, which mentions Moscow and Washington, and runs long enough to count
    as prose for the scorer, with a few commas, clauses, and asides.</p>
    <p>Third<br>line after a break, with more words so the paragraph is scored as well.</p>
    <pre>  code   keeps
  its spacing</pre>
  </div>
</article></main></body></html>`;

function parse(html: string): Document {
  return pageDocument(html, 'https://example.com/2024/06/01/a-long-story-slug');
}

function read(html: string) {
  const doc = parse(html);
  const reading = readArticle(doc, 'https://example.com/2024/06/01/a-long-story-slug', {
    forceBody: true,
  });
  return { doc, map: reading.body! };
}

describe('TextMapBuilder', () => {
  it('collapses whitespace and separates blocks with a blank line', () => {
    const doc = parse('<p>a</p>');
    const b = new TextMapBuilder();
    b.appendText(doc.createTextNode('  one \n two  '), false);
    b.breakBlock();
    b.appendText(doc.createTextNode('three'), false);
    expect(b.finish().text).toBe('one two\n\nthree');
  });

  it('marks separators and newline-derived spaces as synthetic', () => {
    const doc = parse('<p>a</p>');
    const b = new TextMapBuilder();
    b.appendText(doc.createTextNode('one\ntwo'), false);
    b.breakBlock();
    b.appendText(doc.createTextNode('x y'), false);
    const map = b.finish();
    expect(
      map.segments.filter((s) => s.synthetic).map((s) => map.text.slice(s.start, s.end)),
    ).toEqual([' ', '\n\n']);
    // A real space stays real and merges with its run.
    expect(map.segments.at(-1)).toMatchObject({ start: 9, end: 12 });
    expect(map.segments.at(-1)?.synthetic).toBeUndefined();
  });
});

describe('text map round trip', () => {
  it('covers the body contiguously with live nodes', () => {
    const { map } = read(ARTICLE);
    expect(map.text).toContain('First paragraph with emphasis, a link and spaces.');
    expect(map.text).toContain('Third\nline after a break');
    expect(map.text).toContain('  code   keeps\n  its spacing');
    expect(map.text).not.toContain('Headline of the day');
    let at = 0;
    for (const s of map.segments) {
      expect(s.start).toBe(at);
      at = s.end;
    }
    expect(at).toBe(map.text.length);
  });

  it('offset -> range -> offset gives the same span and the same text back', () => {
    const { map } = read(ARTICLE);
    const words = [...map.text.matchAll(/\S+(?: \S+){0,3}/g)];
    expect(words.length).toBeGreaterThan(10);
    for (const m of words) {
      const start = m.index!;
      const end = start + m[0].length;
      const range = rangeFromOffsets(map, start, end);
      expect(range.toString().replace(/\s+/g, ' ')).toBe(m[0].replace(/\s+/g, ' '));
      expect(offsetsFromRange(map, range)).toEqual({ start, end });
    }
  });

  it('spans across blocks map to a range from one paragraph into the next', () => {
    const { map } = read(ARTICLE);
    const start = map.text.indexOf('spaces.');
    const end = map.text.indexOf('Second') + 'Second'.length;
    const range = rangeFromOffsets(map, start, end);
    expect(range.toString()).toMatch(/^spaces\.[\s\S]*Second$/);
    expect(offsetsFromRange(map, range)).toEqual({ start, end });
  });

  it('reads a selection that starts in element boundaries or collapsed whitespace', () => {
    const { doc, map } = read(ARTICLE);
    const em = doc.querySelector('em')!;
    const range = doc.createRange();
    range.setStart(em.parentNode!, 0); // before the paragraph's first (whitespace) text
    range.setEndAfter(em);
    const got = offsetsFromRange(map, range)!;
    expect(map.text.slice(got.start, got.end)).toBe('First paragraph with emphasis');
  });

  it('returns null for a range outside the body', () => {
    const { doc, map } = read(ARTICLE);
    const h1 = doc.querySelector('h1')!;
    const range = doc.createRange();
    range.selectNodeContents(h1);
    expect(offsetsFromRange(map, range)).toBeNull();
  });
});
