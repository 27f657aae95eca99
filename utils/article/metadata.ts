/** What the page says about itself: headline, authors, dates, site, language, canonical URL. */
import { toIsoDate } from './dates';
import { ARTICLE_TYPES, findLd, type LdNode } from './json-ld';
import { markOf, type PageScan } from './scan';
import type { ArticleMeta } from './types';
import { headlineElement, visibleByline, visibleDate } from './visible-meta';

/** `<meta>` contents keyed by lower-cased `property`, `name` or `itemprop` (first wins). */
export function readMetaTags(doc: Document, scan: PageScan): Map<string, string> {
  const out = new Map<string, string>();
  const head = Array.from(doc.head?.getElementsByTagName('meta') ?? []);
  for (const m of [...head, ...markOf(scan, 'META')]) {
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

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Decodes the entities sites double-escape into meta tags and JSON-LD. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function clean(s: string | undefined | null): string | undefined {
  const t = s ? decodeEntities(s).replace(/\s+/g, ' ').trim() : '';
  return t ? t : undefined;
}

function ldText(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return ldText(v[0]);
  if (v && typeof v === 'object') return ldText((v as Record<string, unknown>)['name']);
  return undefined;
}

/** Author names from a JSON-LD `author`; `people` keeps only Person (or untyped) entries. */
function ldAuthors(v: unknown, people: boolean): string | undefined {
  const list = Array.isArray(v) ? v : [v];
  const names = list
    .filter((a) => {
      if (!people || !a || typeof a !== 'object') return true;
      const t = (a as Record<string, unknown>)['@type'];
      return t === undefined || t === 'Person' || (Array.isArray(t) && t.includes('Person'));
    })
    .map(ldText)
    .filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

function textOf(el: Element | null | undefined): string | undefined {
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

function chooseTitle(
  doc: Document,
  headline: Element | null,
  named: string | undefined,
  site?: string,
): string | undefined {
  // What readers see as the headline; declared titles often carry SEO wording instead.
  const h1 = clean(headline?.textContent);
  if (h1 && h1.length < 300) return h1;
  if (named) return stripSiteSuffix(named, site);
  const docTitle = clean(doc.title);
  return docTitle ? stripSiteSuffix(docTitle, site) : undefined;
}

function chooseByline(
  doc: Document,
  scan: PageScan,
  ld: LdNode | undefined,
  meta: Map<string, string>,
  headline: Element | null,
) {
  const people = ld ? ldAuthors(ld.data['author'], true) : undefined;
  if (people) return people;
  const fromMeta = pick(meta, [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
  ]);
  if (fromMeta && !/^https?:/.test(fromMeta)) return clean(fromMeta);
  const authors = markOf(scan, 'itemprop:author');
  const el =
    authors.map((a) => textOf(a.querySelector('[itemprop="name"]'))).find(Boolean) ??
    textOf(markOf(scan, 'rel:author')[0]) ??
    textOf(authors[0]) ??
    textOf(markOf(scan, 'class:byline')[0]);
  const t = el?.replace(/^(by|written by|author:?)\s+/i, '').trim();
  if (t && t.length < 80) return t;
  // An organisation as author says less than a printed "By" line.
  return visibleByline(doc, headline) ?? (ld ? ldAuthors(ld.data['author'], false) : undefined);
}

function chooseDate(
  doc: Document,
  scan: PageScan,
  ld: LdNode | undefined,
  meta: Map<string, string>,
  headline: Element | null,
) {
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
    toIsoDate(markOf(scan, 'itemprop:datePublished')[0]?.getAttribute('datetime')) ??
    visibleDate(doc, headline) ??
    toIsoDate(
      markOf(scan, 'TIME')
        .find((t) => t.hasAttribute('datetime'))
        ?.getAttribute('datetime'),
    )
  );
}

function canonicalLink(doc: Document, scan: PageScan): Element | undefined {
  const links = [
    ...Array.from(doc.head?.getElementsByTagName('link') ?? []),
    ...markOf(scan, 'LINK'),
  ];
  return links.find((l) => l.getAttribute('rel')?.trim().toLowerCase() === 'canonical');
}

function absolute(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Reads the page's metadata; never throws, omits what the page does not say. Pauses (yields)
 * after the headline and after the byline: with its code still cold, on a large page the whole
 * reading took up to 23 ms in one task (bench:page's pages).
 */
export function* readMetadataSteps(
  doc: Document,
  ld: LdNode[],
  meta: Map<string, string>,
  scan: PageScan,
  url?: string,
): Generator<void, ArticleMeta> {
  const article = findLd(ld, ARTICLE_TYPES);
  const publisher = article?.data['publisher'];
  const siteName = clean(pick(meta, ['og:site_name', 'application-name'])) ?? ldText(publisher);
  const named =
    clean(ldText(article?.data['headline'])) ?? clean(pick(meta, ['og:title', 'twitter:title']));
  const hints = [named, clean(doc.title)].filter((t): t is string => !!t);
  const headline = headlineElement(scan, hints, siteName);
  yield;
  const title = chooseTitle(doc, headline, named, siteName);
  const byline = chooseByline(doc, scan, article, meta, headline);
  yield;
  const out: ArticleMeta = {
    title,
    byline,
    published: chooseDate(doc, scan, article, meta, headline),
    modified:
      toIsoDate(ldText(article?.data['dateModified'])) ??
      toIsoDate(pick(meta, ['article:modified_time', 'og:updated_time', 'datemodified'])),
    siteName,
    lang: clean(doc.documentElement?.getAttribute('lang')) ?? clean(pick(meta, ['og:locale'])),
    canonicalUrl:
      absolute(canonicalLink(doc, scan)?.getAttribute('href'), url) ??
      absolute(pick(meta, ['og:url']), url),
  };
  for (const k of Object.keys(out) as (keyof ArticleMeta)[])
    if (out[k] === undefined) delete out[k];
  return out;
}
