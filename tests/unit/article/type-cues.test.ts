import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../../utils/article/features';
import { TYPE_CUE_NAMES } from '../../../utils/article/type-cues';
import { featuresByName } from './page';

const features = (body: string, url = 'https://example.com/page') =>
  featuresByName(`<html><head><title>A page</title></head><body>${body}</body></html>`, url);

const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>On March ${i + 3}, 2024 the minister said that she and her staff had met them twice, ` +
    `and they told reporters their talks would go on.</p>`,
).join('');

describe('type cues', () => {
  it('come last in the feature vector, each named once', () => {
    expect(FEATURE_NAMES.slice(-TYPE_CUE_NAMES.length)).toEqual([...TYPE_CUE_NAMES]);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
  });

  it('URL shapes: docs host or path, forum, shop and service sections', () => {
    const f = (url: string) => features(`<div>${PROSE}</div>`, url);
    expect(f('https://docs.example.com/start').urlDocs).toBe(1);
    expect(f('https://example.com/docs/api/fetch').urlDocs).toBe(1);
    expect(f('https://example.com/forum/thread/12').urlForum).toBe(1);
    expect(f('https://example.com/product/blue-shoe').urlShop).toBe(1);
    expect(f('https://example.com/services/web-design').urlService).toBe(1);
    const news = f('https://example.com/2024/03/05/talks-end-in-geneva');
    expect(news.urlDocs! + news.urlForum! + news.urlShop! + news.urlService!).toBe(0);
  });

  it('code in <pre> and documentation headings', () => {
    const docs = features(
      `<div>${PROSE}<h2>Parameters</h2><pre>fetch(url, options)\nconst a = 1;</pre><h2>Returns</h2></div>`,
    );
    const news = features(`<div>${PROSE}</div>`);
    expect(docs.preShare).toBeGreaterThan(0);
    expect(news.preShare).toBe(0);
    expect(docs.docWords).toBeCloseTo(Math.log(3));
  });

  it('invitations: service calls to action, shop buttons, forum replies, prices and phones', () => {
    const service = features(
      `<div>${PROSE}<a href="/contact">Contact us</a><button>Get a free quote</button>` +
        `<a href="tel:+15551234">555-1234</a><ul><li>Basic plan $49.99</li><li>Pro $99</li></ul></div>`,
    );
    expect(service.serviceWords).toBeCloseTo(Math.log(3));
    expect(service.telLinks).toBeCloseTo(Math.log(2));
    expect(service.prices).toBeCloseTo(Math.log(3));
    const shop = features(`<div>${PROSE}<button>Add to cart</button></div>`);
    expect(shop.shopWords).toBeCloseTo(Math.log(2));
    const forum = features(`<div>${PROSE}<a href="#r">Reply</a><a href="#q">Quote</a></div>`);
    expect(forum.forumWords).toBeCloseTo(Math.log(3));
  });

  it('share links, article-shaped links and repeated blocks', () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="card"><a href="/2024/03/0${i + 1}/a-long-story-slug-here">Story number ${i} of the day, and what it means</a></div>`,
    ).join('');
    const listing = features(`<div>${cards}</div>`);
    expect(listing.repeatedBlocks).toBeCloseTo(Math.log(9));
    expect(listing.articleLinkShare).toBe(1);
    const shared = features(
      `<div>${PROSE}<a href="https://twitter.com/intent/tweet?url=x">Share</a></div>`,
    );
    expect(shared.shareLinks).toBeCloseTo(Math.log(2));
  });

  it('is all zeros on an empty page without a URL', () => {
    const f = features('<div></div>', '');
    for (const name of TYPE_CUE_NAMES) expect(f[name]).toBe(0);
  });
});
