import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../utils/article/index';
import { pageDocument } from './page';

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('bad input never throws and never hangs', () => {
  it('empty and rootless documents', () => {
    const empty = pageDocument('');
    expect(readArticle(empty).detection.isArticle).toBe(false);
    const rootless = empty.implementation.createDocument(null, null, null);
    const r = readArticle(rootless as Document);
    expect(r.detection.isArticle).toBe(false);
    expect(r.body).toBeNull();
  });

  it('framesets', () => {
    const doc = pageDocument(
      '<html><frameset cols="50%,50%"><frame src="a.html"></frameset></html>',
    );
    expect(readArticle(doc).detection).toMatchObject({ isArticle: false });
  });

  it('XML and SVG documents', () => {
    const doc = pageDocument('<p>x</p>');
    for (const [src, type] of [
      ['<root><item>text</item></root>', 'application/xml'],
      ['<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', 'image/svg+xml'],
    ] as const) {
      const xml = new doc.defaultView!.DOMParser().parseFromString(src, type);
      const r = readArticle(xml);
      expect(r.detection.isArticle).toBe(false);
      expect(r.detection.signals?.[0]).toMatch(/not-html|no-body/);
    }
  });

  it('a plain-text-like page (one <pre>) and a page with shadow DOM', () => {
    expect(() =>
      readArticle(pageDocument(`<pre>${'plain text line\n'.repeat(500)}</pre>`)),
    ).not.toThrow();
    const doc = pageDocument('<div id="host"></div><p>Light DOM text.</p>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow text that a reader cannot map.</p>';
    expect(() => readArticle(doc)).not.toThrow();
  });

  it('10,000-deep nesting gives up with a reason', () => {
    const doc = pageDocument('<p>start</p>');
    let el: Element = doc.body;
    for (let i = 0; i < 10_000; i++) el = el.appendChild(doc.createElement('div'));
    el.textContent = 'deep';
    const { value, ms } = timed(() => readArticle(doc));
    expect(value.detection.isArticle).toBe(false);
    expect(value.detection.signals).toEqual(['gave-up:too-deep']);
    expect(ms).toBeLessThan(2000);
  });

  it('50,000+ elements give up within bounded time', { timeout: 30_000 }, () => {
    const doc = pageDocument('<div id="c"></div>');
    const c = doc.getElementById('c')!;
    for (let i = 0; i < 51_000; i++) c.appendChild(doc.createElement('span'));
    // Under the default budget happy-dom may run out of time before the element cap.
    const { value, ms } = timed(() => readArticle(doc));
    expect(value.detection.signals?.[0]).toMatch(/^gave-up:(too-many-elements|time-budget)$/);
    expect(ms).toBeLessThan(3000);
    const roomy = readArticle(doc, undefined, { budget: { timeMs: 60_000 } });
    expect(roomy.detection.signals).toEqual(['gave-up:too-many-elements']);
  });

  it('a 5 MB page gives up on text volume within bounded time', () => {
    const para = `<p>${'word, '.repeat(2000)}</p>`;
    const doc = pageDocument(`<div>${para.repeat(420)}</div>`);
    const { value, ms } = timed(() => readArticle(doc));
    expect(value.detection.signals).toEqual(['gave-up:too-much-text']);
    expect(ms).toBeLessThan(3000);
  });

  it('the time budget ends a reading cleanly', () => {
    const doc = pageDocument(`<div>${'<p>Some words, here.</p>'.repeat(2000)}</div>`);
    const r = readArticle(doc, undefined, { budget: { timeMs: -1 } });
    expect(r.detection.signals).toEqual(['gave-up:time-budget']);
    expect(r.body).toBeNull();
  });

  it('never writes to the page', () => {
    const html = `<main><article><h1>T</h1>${'<p>Words, words, and more words for the reader.</p>'.repeat(20)}</article></main>`;
    const doc = pageDocument(html);
    const before = doc.documentElement.outerHTML;
    readArticle(doc, 'https://example.com/2024/01/01/story');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
