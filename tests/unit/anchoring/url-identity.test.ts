// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { articleKey, registrableDomain } from '../../../utils/anchoring/url-identity';

suite('articleKey', () => {
  it.each([
    [
      'https://www.nytimes.com/2024/06/19/world/asia/putin-kim-north-korea.html?smid=url-share',
      'https://nytimes.com/2024/06/19/world/asia/putin-kim-north-korea.html',
    ],
    [
      'https://www.theguardian.com/world/article/2024/jun/19/putin-kim?CMP=share_btn_tw#comments',
      'https://theguardian.com/world/article/2024/jun/19/putin-kim',
    ],
    [
      'https://www.bbc.co.uk/news/world-asia-69999999?at_medium=RSS&at_campaign=KARANGA',
      'https://bbc.co.uk/news/world-asia-69999999',
    ],
    [
      'https://apnews.com/article/russia-north-korea-abc123?utm_source=newsletter&utm_medium=email&utm_campaign=daily',
      'https://apnews.com/article/russia-north-korea-abc123',
    ],
    [
      'https://www.reuters.com/world/asia-pacific/putin-visit/?fbclid=IwAR0abc&mc_cid=123&mc_eid=456',
      'https://reuters.com/world/asia-pacific/putin-visit',
    ],
    [
      'HTTP://WWW.Example.COM:80/News/Story/?b=2&gclid=xyz&a=1&_ga=2.1.2.3',
      'https://example.com/News/Story?a=1&b=2',
    ],
    ['https://example.com/?igshid=abc', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/a/b//', 'https://example.com/a/b'],
    ['https://user:secret@example.com/story', 'https://example.com/story'],
    ['https://example.com./story', 'https://example.com/story'],
    ['https://example.com:8443/story', 'https://example.com:8443/story'],
    ['https://example.com/search?q=a+b&page=2', 'https://example.com/search?page=2&q=a+b'],
    ['https://example.com/search?q=a%20b', 'https://example.com/search?q=a+b'],
    ['https://example.com/story?id=7&id=3', 'https://example.com/story?id=7&id=3'],
    ['https://x.com/user/status/1?ref_src=twsrc%5Etfw', 'https://x.com/user/status/1'],
    ['https://example.com/story?UTM_Source=X&Msclkid=1&dclid=2', 'https://example.com/story'],
    ['https://example.com/story?ref=homepage', 'https://example.com/story?ref=homepage'],
    ['https://example.com/story?amp=1', 'https://example.com/story?amp=1'],
    [
      'https://www.lemonde.fr/international/article/2024/06/19/x.html?xtor=RSS-3208',
      'https://lemonde.fr/international/article/2024/06/19/x.html',
    ],
    [
      'https://edition.cnn.com/2024/06/19/asia/story/index.html',
      'https://edition.cnn.com/2024/06/19/asia/story/index.html',
    ],
  ])('%s', (url, key) => {
    expect(articleKey(url)).toBe(key);
  });

  it('uses a canonical URL on the same site, resolved against the page', () => {
    expect(
      articleKey(
        'https://amp.theguardian.com/world/2024/jun/19/story',
        'https://www.theguardian.com/world/2024/jun/19/story',
      ),
    ).toBe('https://theguardian.com/world/2024/jun/19/story');
    expect(articleKey('https://m.example.co.uk/news/1?utm_source=x', '/news/story-1')).toBe(
      'https://m.example.co.uk/news/story-1',
    );
    expect(articleKey('https://example.com/a?id=9&page=2', 'https://example.com/a?id=9')).toBe(
      'https://example.com/a?id=9',
    );
  });

  it('strips tracking from the canonical URL too', () => {
    expect(articleKey('https://example.com/a', 'https://example.com/a?utm_campaign=x#top')).toBe(
      'https://example.com/a',
    );
  });

  it('ignores a canonical URL on another site', () => {
    expect(articleKey('https://evil.example/copy', 'https://www.nytimes.com/2024/story.html')).toBe(
      'https://evil.example/copy',
    );
    expect(
      articleKey('https://news.yahoo.com/ap-story-123.html', 'https://apnews.com/article/x'),
    ).toBe('https://news.yahoo.com/ap-story-123.html');
  });

  it('tells apart tenants of shared hosts and country second-level domains', () => {
    expect(articleKey('https://alice.substack.com/p/post', 'https://bob.substack.com/p/post')).toBe(
      'https://alice.substack.com/p/post',
    );
    expect(articleKey('https://a.github.io/x', 'https://b.github.io/x')).toBe(
      'https://a.github.io/x',
    );
    expect(articleKey('https://www.bbc.co.uk/news/1', 'https://www.itv.co.uk/news/1')).toBe(
      'https://bbc.co.uk/news/1',
    );
  });

  it('ignores a canonical that points every article at the home page', () => {
    expect(articleKey('https://example.com/news/story-1', 'https://example.com/')).toBe(
      'https://example.com/news/story-1',
    );
    expect(articleKey('https://example.com/?p=42', 'https://example.com/')).toBe(
      'https://example.com/',
    );
  });

  it('ignores a canonical that is not a web URL', () => {
    expect(articleKey('https://example.com/a', 'javascript:alert(1)')).toBe(
      'https://example.com/a',
    );
    expect(articleKey('https://example.com/a', 'http://[bad')).toBe('https://example.com/a');
    expect(articleKey('https://example.com/a', '')).toBe('https://example.com/a');
  });

  it('keeps pages that are not on the web as they are, minus the fragment', () => {
    expect(articleKey('file:///home/me/saved.html#part')).toBe('file:///home/me/saved.html');
    expect(articleKey('not a url')).toBe('not a url');
  });

  it('gives one key to every variant of the same article', () => {
    const variants = [
      'https://www.example.com/politics/story-1',
      'http://example.com/politics/story-1/',
      'https://example.com/politics/story-1?utm_source=twitter&utm_medium=social',
      'https://example.com/politics/story-1#comments',
      'https://EXAMPLE.com/politics/story-1?fbclid=abc',
    ];
    expect(new Set(variants.map((u) => articleKey(u))).size).toBe(1);
  });
});

suite('registrableDomain', () => {
  it.each([
    ['www.nytimes.com', 'nytimes.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['www3.nhk.or.jp', 'nhk.or.jp'],
    ['edition.cnn.com', 'cnn.com'],
    ['lemonde.fr', 'lemonde.fr'],
    ['alice.substack.com', 'alice.substack.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s -> %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});
