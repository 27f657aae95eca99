import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../utils/article/dates';
import { readArticle } from '../../../utils/article/index';
import { stripSiteSuffix } from '../../../utils/article/metadata';
import { pageDocument } from './page';

function meta(head: string, body = '', url = 'https://example.com/a/story') {
  return readArticle(
    pageDocument(`<html lang="de"><head>${head}</head><body>${body}</body></html>`, url),
    url,
  ).meta;
}
const ld = (json: object) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('title', () => {
  it('prefers the <h1> the page title also names over "<title> | Site"', () => {
    const m = meta(
      '<title>Talks end in Geneva | The Daily Ledger</title>',
      '<h1>Talks end in Geneva</h1>',
    );
    expect(m.title).toBe('Talks end in Geneva');
  });

  it('takes the JSON-LD headline, and strips a site suffix from og:title', () => {
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'Headline from LD' })).title).toBe(
      'Headline from LD',
    );
    const og = '<meta property="og:title" content="A long headline about the budget - Ledger">';
    expect(meta(og).title).toBe('A long headline about the budget');
  });

  it('strips a leading site name only when it is the site', () => {
    expect(stripSiteSuffix('Ledger | Budget passes after all-night session', 'Ledger')).toBe(
      'Budget passes after all-night session',
    );
    expect(stripSiteSuffix('No separators here')).toBe('No separators here');
  });
});

describe('byline', () => {
  it('joins JSON-LD authors, including @graph articles', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebSite', name: 'Ledger' },
        {
          '@type': 'NewsArticle',
          author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chen' }],
        },
      ],
    };
    expect(meta(ld(graph)).byline).toBe('Ann Lee, Bo Chen');
  });

  it('falls back to meta author, then rel=author, then .byline without "By"', () => {
    expect(meta('<meta name="author" content="Jane Roe">').byline).toBe('Jane Roe');
    expect(meta('', '<a rel="author" href="/j">John Doe</a>').byline).toBe('John Doe');
    expect(meta('', '<div class="byline">By Mary Major</div>').byline).toBe('Mary Major');
  });
});

describe('dates, site, language, canonical URL', () => {
  it('reads published and modified dates in ISO 8601', () => {
    const m = meta(
      ld({
        '@type': 'Article',
        datePublished: '2024-06-19T14:05:00+0200',
        dateModified: '2024-06-20',
      }),
    );
    expect(m.published).toBe('2024-06-19T14:05:00+02:00');
    expect(m.modified).toBe('2024-06-20');
    expect(meta('', '<time datetime="2023-01-05">Jan 5</time>').published).toBe('2023-01-05');
  });

  it('normalises the date formats pages use and rejects non-dates', () => {
    expect(toIsoDate('2024-06-19T14:05:00Z')).toBe('2024-06-19T14:05:00Z');
    expect(toIsoDate('20240619')).toBe('2024-06-19');
    expect(toIsoDate('June 19, 2024')).toBe('2024-06-19');
    expect(toIsoDate('19th June 2024')).toBe('2024-06-19');
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate('0000-00-00')).toBeUndefined();
  });

  it('reads site name, language and an absolute canonical URL', () => {
    const m = meta(
      '<meta property="og:site_name" content="Ledger"><link rel="canonical" href="/a/story?x=1">',
    );
    expect(m.siteName).toBe('Ledger');
    expect(m.lang).toBe('de');
    expect(m.canonicalUrl).toBe('https://example.com/a/story?x=1');
  });
});
