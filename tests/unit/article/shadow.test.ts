import { describe, expect, it } from 'vitest';
import { rangeFromOffsets, offsetsFromRange, readArticle } from '../../../utils/article/index';
import { pageDocument } from './page';

const para = (topic: string) =>
  `<p>The ${topic} paragraph explains, in plain words and with several clauses, what happened, ` +
  `who said what about it, and why readers of this story should care about the outcome.</p>`;

/** A page whose article body lives in an open shadow root, as web components keep it. */
function shadowPage(mode: 'open' | 'closed'): Document {
  const doc = pageDocument(
    `<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav>` +
      `<article-body><span slot="lede">The slotted lede, projected from the light tree into the ` +
      `component, opens the story and is shown where the slot sits.</span></article-body></body></html>`,
    'https://example.com/2024/06/01/story',
  );
  const host = doc.querySelector('article-body')!;
  const root = host.attachShadow({ mode });
  root.innerHTML = `<article><p><slot name="lede"></slot></p>${para('first')}${para('second')}${para('third')}</article>`;
  return doc;
}

describe('shadow DOM', () => {
  it('reads an open shadow root and the light nodes its slots show, in rendered order', () => {
    const body = readArticle(shadowPage('open'), undefined, { forceBody: true }).body;
    expect(body?.text).toMatch(/^The slotted lede, projected/);
    expect(body?.text).toContain('The first paragraph explains');
    expect(body?.text).toContain('The third paragraph explains');
    expect(body?.text).not.toContain('Home');
  });

  it('maps shadow text to its live nodes and back (offset -> node -> offset)', () => {
    const body = readArticle(shadowPage('open'), undefined, { forceBody: true }).body!;
    const start = body.text.indexOf('second paragraph');
    const end = start + 'second paragraph'.length;
    const range = rangeFromOffsets(body, start, end);
    expect(range.toString()).toBe('second paragraph');
    expect((range.startContainer.getRootNode() as ShadowRoot).host?.localName).toBe('article-body');
    expect(offsetsFromRange(body, range)).toEqual({ start, end });
  });

  it('leaves a closed shadow root unread', () => {
    const body = readArticle(shadowPage('closed'), undefined, { forceBody: true }).body;
    expect(body?.text ?? '').not.toContain('The first paragraph');
  });
});
