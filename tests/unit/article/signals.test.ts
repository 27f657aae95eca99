import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, type FeatureVector } from '../../../utils/article/features';
import { readArticle } from '../../../utils/article/index';
import { DETECTION_MODEL } from '../../../utils/article/detect';
import { pageDocument } from './page';

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story says that officials, speaking on condition of anonymity, ` +
    `described the talks as difficult, long and, in the end, productive for both sides.</p>`,
).join('');

function features(html: string, url = 'https://example.com/page'): Record<string, number> {
  let x: FeatureVector = [];
  readArticle(pageDocument(html, url), url, { onFeatures: (v) => (x = v) });
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, x[i]!]));
}

const page = (head: string, body = PROSE) =>
  `<html><head>${head}</head><body><div class="content">${body}</div></body></html>`;
const ld = (json: object) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('detection signals', () => {
  it('og:type', () => {
    expect(features(page('<meta property="og:type" content="article">')).ogArticle).toBe(1);
    expect(features(page('<meta property="og:type" content="product">')).ogOther).toBe(1);
    expect(features(page('')).ogArticle).toBe(0);
  });

  it('JSON-LD article types, also inside @graph, and other types', () => {
    expect(features(page(ld({ '@type': 'NewsArticle' }))).ldArticle).toBe(1);
    const graph = { '@graph': [{ '@type': 'WebPage' }, { '@type': ['ReportageNewsArticle'] }] };
    expect(features(page(ld(graph))).ldArticle).toBe(1);
    expect(features(page(ld({ '@type': 'Product' }))).ldOther).toBe(1);
    expect(features(page(ld({ '@type': 'Product' }))).ldArticle).toBe(-1);
  });

  it('JSON-LD absence is neutral when the saved page has no scripts at all', () => {
    expect(features(page('')).ldArticle).toBe(0);
    expect(features(page('<script>var a = 1;</script>')).ldArticle).toBe(-1);
  });

  it('survives malformed JSON-LD', () => {
    const head = '<script type="application/ld+json">{"@type": "NewsArticle",,}</script>';
    expect(features(page(head + ld({ '@type': 'BlogPosting' }))).ldArticle).toBe(1);
  });

  it('published time meta and microdata', () => {
    const head = '<meta property="article:published_time" content="2024-06-19T14:05:00Z">';
    expect(features(page(head)).publishedMeta).toBe(1);
    const micro = `<div itemscope itemtype="https://schema.org/NewsArticle">${PROSE}</div>`;
    expect(features(page('', micro)).microdataArticle).toBe(1);
    const product = `<div itemscope itemtype="https://schema.org/Product">${PROSE}</div>`;
    expect(features(page('', product)).microdataOther).toBe(1);
  });

  it('<article> elements, one versus a listing of many', () => {
    expect(features(page('', `<article>${PROSE}</article>`)).manyArticleTags).toBe(0);
    const cards = '<article><a href="/a">A card</a></article>'.repeat(5);
    expect(features(page('', cards)).manyArticleTags).toBe(1);
  });

  it('URL shape: dates, long slugs, shop/forum/docs paths, the root', () => {
    const f = (url: string) => features(page(''), url);
    expect(f('https://x.com/world/2024/06/19/north-korea-russia-pact').urlDate).toBe(1);
    expect(f('https://x.com/about').urlDate).toBe(0);
    expect(f('https://x.com/a/why-the-talks-in-geneva-failed-again').urlSlugWords).toBeGreaterThan(
      0.5,
    );
    expect(f('https://x.com/products/blue-kettle').urlOtherCue).toBe(1);
    expect(f('https://x.com/forum/thread/123').urlOtherCue).toBe(1);
    expect(f('https://x.com/news/some-story').urlArticleCue).toBe(1);
    expect(f('https://x.com/').urlRoot).toBe(1);
  });

  it('prose shape: paragraphs, container share, link density', () => {
    const prose = features(page(''));
    expect(prose.paragraphs).toBeGreaterThan(Math.log(6));
    expect(prose.containerShare).toBeGreaterThan(0.9);
    const links =
      '<ul>' + '<li><a href="/x">A link to another page entirely</a></li>'.repeat(40) + '</ul>';
    expect(features(page('', links)).pageLinkDensity).toBeGreaterThan(0.9);
    expect(prose.pageLinkDensity).toBe(0);
  });

  it('forms, inputs and code blocks', () => {
    const form = '<form><input><input><select></select><button>Buy</button></form>';
    const f = features(page('', PROSE + form));
    expect(f.forms).toBeGreaterThan(0);
    expect(f.inputs).toBeGreaterThan(Math.log(3));
    expect(features(page('', PROSE + '<pre><code>x()</code></pre>')).codeBlocks).toBeGreaterThan(0);
  });
});

describe('detection decisions', () => {
  it('calls a dated news story with declared metadata an article', () => {
    const head =
      '<meta property="og:type" content="article">' +
      '<meta property="article:published_time" content="2024-06-19T14:05:00Z">' +
      ld({ '@type': 'NewsArticle', headline: 'Talks end' });
    const doc = pageDocument(page(head, `<article><h1>Talks end</h1>${PROSE}</article>`));
    const r = readArticle(doc, 'https://news.example.org/world/2024/06/19/talks-end-in-geneva');
    expect(r.detection.isArticle).toBe(true);
    expect(r.detection.confidence).toBeGreaterThan(0.8);
  });

  it('does not call a product grid an article', () => {
    const card = (i: number) =>
      `<li class="product-card"><a href="/p/${i}">Kettle ${i}</a> <span>$${i}.99</span>` +
      `<button>Add to cart</button></li>`;
    const body = `<form><input name="q"><button>Search</button></form><ul>${Array.from({ length: 30 }, (_, i) => card(i)).join('')}</ul>`;
    const head = '<meta property="og:type" content="website">' + ld({ '@type': 'ItemList' });
    const r = readArticle(
      pageDocument(page(head, body)),
      'https://shop.example.com/collections/kettles',
    );
    expect(r.detection.isArticle).toBe(false);
    expect(r.body).toBeNull();
  });
});

describe('the committed detection model', () => {
  it('was trained on the features the detector computes today, in the same order', () => {
    // A feature added, removed or reordered without retraining would silently misread the model.
    expect(DETECTION_MODEL.features).toEqual([...FEATURE_NAMES]);
  });
});
