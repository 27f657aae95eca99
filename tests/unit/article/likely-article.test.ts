/** The detector's cheap first look, on documents built in happy-dom. */
import { describe, expect, it } from 'vitest';
import { likelyArticle } from '../../../utils/article/likely-article';

function page(head: string, body = '<p>Text.</p>'): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.head.innerHTML = head;
  d.body.innerHTML = body;
  return d;
}

describe('likelyArticle', () => {
  it('names the signal that fired', () => {
    expect(likelyArticle(page('<meta property="og:type" content="article">'), '')).toBe('og:type');
    expect(
      likelyArticle(page('<meta property="article:published_time" content="2024-05-01">'), ''),
    ).toBe('article:published_time');
    const ld = '<script type="application/ld+json">{"@type": ["NewsArticle"]}</script>';
    expect(likelyArticle(page(ld), '')).toBe('json-ld');
    expect(likelyArticle(page('', '<article><p>One.</p></article>'), '')).toBe('<article>');
    expect(likelyArticle(page(''), 'https://news.example/2024/05/01/a-story')).toBe('dated url');
  });

  it('stays quiet on pages that say nothing of the kind', () => {
    expect(likelyArticle(page('<meta property="og:type" content="website">'), '')).toBeNull();
    const ld = '<script type="application/ld+json">{"@type": "Organization"}</script>';
    expect(likelyArticle(page(ld), 'https://shop.example/products')).toBeNull();
    // A listing of many <article> teasers is no sign of one article.
    const teasers = '<article><p>A.</p></article><article><p>B.</p></article>';
    expect(likelyArticle(page('', teasers), '')).toBeNull();
  });

  it('says nothing on a page the performance guard will skip', () => {
    const big = page('<meta property="og:type" content="article">', '<p>x</p>'.repeat(50));
    expect(likelyArticle(big, '', 1000)).toBe('og:type');
    expect(likelyArticle(big, '', 40)).toBeNull();
  });
});
