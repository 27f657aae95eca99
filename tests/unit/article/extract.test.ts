import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../utils/article/index';
import { pageDocument } from './page';

const para = (topic: string) =>
  `<p>The ${topic} paragraph explains, in plain words and with several clauses, what happened, ` +
  `who said what about it, and why readers of this story should care about the outcome.</p>`;

function body(html: string): string {
  const doc = pageDocument(
    `<html><body>${html}</body></html>`,
    'https://example.com/2024/06/01/story',
  );
  return readArticle(doc, undefined, { forceBody: true }).body?.text ?? '';
}

const NAV = `<nav><ul>${'<li><a href="/s">Section link</a></li>'.repeat(12)}</ul></nav>`;

describe('container choice', () => {
  it('reads an article split over several sections whole', () => {
    const text = body(
      `${NAV}<main><section><h2>Background</h2>${para('first')}${para('second')}</section>` +
        `<section><h2>Reaction</h2>${para('third')}${para('fourth')}</section></main>`,
    );
    expect(text).toMatch(/^Background\n\nThe first paragraph/);
    expect(text).toContain('Reaction\n\nThe third paragraph');
    expect(text).toContain('The fourth paragraph');
    expect(text).not.toContain('Section link');
  });

  it('leaves out comments even when their class also says "body"', () => {
    // (A block named like furniture that holds most of a page's text is kept as layout.)
    const text = body(
      `<div class="post">${para('story')}${para('second')}${para('third')}</div>` +
        `<div class="comments-body">${para('commenter')}</div>`,
    );
    expect(text).toContain('The story paragraph');
    expect(text).not.toContain('commenter');
  });
});

describe('boilerplate inside the article', () => {
  it('drops related-link lists, read-more lines, captions, share bars and ads', () => {
    const text = body(
      `<article><h1>Headline</h1><div class="share"><a href="#">Share on X</a></div>` +
        `${para('lead')}<figure><img src="#"><figcaption>A caption under the photo</figcaption></figure>` +
        `<div class="ad">Advertisement</div>${para('second')}` +
        `<p><strong>Read more:</strong> <a href="/x">Another story entirely</a></p>` +
        `<ul>${'<li><a href="/r">A related story headline</a></li>'.repeat(4)}</ul>${para('last')}</article>`,
    );
    expect(text.startsWith('The lead paragraph')).toBe(true);
    expect(text.endsWith('the outcome.')).toBe(true);
    for (const junk of [
      'Headline',
      'Share on X',
      'caption',
      'Advertisement',
      'Read more',
      'related story',
    ]) {
      expect(text).not.toContain(junk);
    }
  });

  it('keeps lists and quotes that are part of the prose', () => {
    const text = body(
      `<article>${para('lead')}<ul><li>First point of the argument, spelled out.</li>` +
        `<li>Second point, also without links.</li></ul><blockquote>A quoted passage.</blockquote>` +
        `${para('close')}</article>`,
    );
    expect(text).toContain('First point of the argument, spelled out.\n\nSecond point');
    expect(text).toContain('A quoted passage.');
  });
});

describe('visibility without layout', () => {
  it('skips hidden, aria-hidden and display:none content', () => {
    const text = body(
      `<article>${para('lead')}<p hidden>Hidden attribute text.</p>` +
        `<p aria-hidden="true">Aria hidden text.</p><p style="display: none">Styled away text.</p>` +
        `${para('end')}</article>`,
    );
    expect(text).toContain('The end paragraph');
    expect(text).not.toMatch(/Hidden attribute|Aria hidden|Styled away/);
  });

  it('reads React streaming segments that a saved page left hidden', () => {
    const text = body(
      `<div hidden id="S:0"><article>${para('streamed')}${para('second')}</article></div>`,
    );
    expect(text).toContain('The streamed paragraph');
  });
});
