/** What the page says about itself: headline, authors, dates, site, language, canonical URL. */
import { toIsoDate } from './dates';
import { ARTICLE_TYPES, findLd, type LdNode } from './json-ld';
import type { ArticleMeta } from './types';

/** `<meta>` contents keyed by lower-cased `property`, `name` or `itemprop` (first wins). */
export function readMetaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content.trim());
    }
  }
  return out;
}

function pick(meta: Map<string, string>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return undefined;
}

function clean(s: string | undefined | null): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function ldText(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return ldText(v[0]);
  if (v && typeof v === 'object') return ldText((v as Record<string, unknown>)['name']);
  return undefined;
}

function ldAuthors(v: unknown): string | undefined {
  const list = Array.isArray(v) ? v : [v];
  const names = list.map(ldText).filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

function firstText(doc: Document, selector: string): string | undefined {
  const el = doc.querySelector(selector);
  return el ? clean(el.textContent)?.slice(0, 300) : undefined;
}

/** Drops a trailing " | Site" or " - Site" that `<title>` and `og:title` often carry. */
export function stripSiteSuffix(title: string, siteName?: string): string {
  const parts = title.split(/\s+[|–—·•]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const first = parts[0] as string;
  const last = (parts[parts.length - 1] as string).toLowerCase();
  if (
    siteName &&
    last !== siteName.toLowerCase() &&
    first.toLowerCase() === siteName.toLowerCase()
  ) {
    return parts.slice(1).join(' - ');
  }
  return first.length >= 15 || parts.length === 2 ? parts.slice(0, -1).join(' - ') : title;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function chooseTitle(
  doc: Document,
  ld: LdNode | undefined,
  meta: Map<string, string>,
  site?: string,
) {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => clean(h.textContent))
    .filter((t): t is string => !!t && t.length > 3 && t.length < 300);
  const named =
    clean(ldText(ld?.data['headline'])) ?? clean(pick(meta, ['og:title', 'twitter:title']));
  const docTitle = clean(doc.title);
  // An <h1> that the page's own title also names is the headline as shown to readers.
  for (const h of h1s) {
    const n = normalise(h);
    if (named && normalise(named).includes(n)) return h;
    if (docTitle && normalise(docTitle).includes(n)) return h;
  }
  if (named) return stripSiteSuffix(named, site);
  if (h1s.length === 1) return h1s[0];
  return docTitle ? stripSiteSuffix(docTitle, site) : undefined;
}

function chooseByline(doc: Document, ld: LdNode | undefined, meta: Map<string, string>) {
  const fromLd = ld ? ldAuthors(ld.data['author']) : undefined;
  if (fromLd) return fromLd;
  const fromMeta = pick(meta, [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
  ]);
  if (fromMeta && !/^https?:/.test(fromMeta)) return clean(fromMeta);
  const el =
    firstText(doc, '[rel="author"]') ??
    firstText(doc, '[itemprop="author"] [itemprop="name"]') ??
    firstText(doc, '[itemprop="author"]') ??
    firstText(doc, '.byline .author, .author-name, .byline__name, .byline, .author');
  const t = el?.replace(/^by\s+/i, '').trim();
  return t && t.length < 120 ? t : undefined;
}

function chooseDate(doc: Document, ld: LdNode | undefined, meta: Map<string, string>) {
  return (
    toIsoDate(ldText(ld?.data['datePublished'])) ??
    toIsoDate(
      pick(meta, [
        'article:published_time',
        'datepublished',
        'og:published_time',
        'publish-date',
        'pubdate',
        'date',
        'dc.date',
        'dc.date.issued',
        'parsely-pub-date',
        'sailthru.date',
        'article.published',
      ]),
    ) ??
    toIsoDate(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')) ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}

function absolute(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** Reads the page's metadata; never throws, omits what the page does not say. */
export function readMetadata(
  doc: Document,
  ld: LdNode[],
  meta: Map<string, string>,
  url?: string,
): ArticleMeta {
  const article = findLd(ld, ARTICLE_TYPES);
  const publisher = article?.data['publisher'];
  const siteName = clean(pick(meta, ['og:site_name', 'application-name'])) ?? ldText(publisher);
  const out: ArticleMeta = {
    title: chooseTitle(doc, article, meta, siteName),
    byline: chooseByline(doc, article, meta),
    published: chooseDate(doc, article, meta),
    modified:
      toIsoDate(ldText(article?.data['dateModified'])) ??
      toIsoDate(pick(meta, ['article:modified_time', 'og:updated_time', 'datemodified'])),
    siteName,
    lang: clean(doc.documentElement?.getAttribute('lang')) ?? clean(pick(meta, ['og:locale'])),
    canonicalUrl:
      absolute(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'), url) ??
      absolute(pick(meta, ['og:url']), url),
  };
  for (const k of Object.keys(out) as (keyof ArticleMeta)[])
    if (out[k] === undefined) delete out[k];
  return out;
}
