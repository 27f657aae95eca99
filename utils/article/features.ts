/**
 * Detection features in the spirit of Chrome's DOM Distiller: what the page declares
 * (og:type, JSON-LD, microdata, published time), what its URL looks like, and how its prose
 * is shaped (paragraphs, text in the best container, link density, forms), plus the tag
 * profile, title and voice cues of `page-cues.ts`. The same function
 * feeds training and the live detector, so they cannot drift apart.
 */
import type { Container } from './extract';
import type { ArticleMeta } from './types';
import { ARTICLE_TYPES, OTHER_TYPES, type LdNode } from './json-ld';
import { CUE_NAMES, pageCues } from './page-cues';
import { linkDensity, markOf, type ElementStat, type PageScan } from './scan';
import { TYPE_CUE_NAMES, typeCues } from './type-cues';

/** Feature names, in the order of the vectors `pageFeatures` returns. */
export const FEATURE_NAMES = [
  'ogArticle',
  'ogOther',
  'ldArticle',
  'ldOther',
  'publishedMeta',
  'microdataArticle',
  'microdataOther',
  'articleTags',
  'manyArticleTags',
  'urlDate',
  'urlSlugWords',
  'urlArticleCue',
  'urlOtherCue',
  'urlDepth',
  'urlRoot',
  'paragraphs',
  'readerableScore',
  'containerText',
  'containerShare',
  'pageLinkDensity',
  'forms',
  'inputs',
  'buttons',
  'codeBlocks',
  'headings',
  'listItemsPerParagraph',
  'timeTags',
  'byline',
  'pageText',
  'containerProse',
  'containerProseShare',
  'meanParagraph',
  'headingsPerProse',
  'dated',
  'bylined',
  'proseParentShare',
  'proseParents',
  'h1s',
  ...CUE_NAMES,
  ...TYPE_CUE_NAMES,
] as const;

/** One feature vector, indexed like `FEATURE_NAMES`. */
export type FeatureVector = number[];

/** Everything the features are computed from; gathered once by `readArticle`. */
export interface FeatureInput {
  doc: Document;
  url?: string;
  scan: PageScan;
  container: Container | null;
  ld: LdNode[];
  meta: Map<string, string>;
  /** False when the saved page carries no <script> at all, so JSON-LD absence says nothing. */
  hasScripts: boolean;
  article: ArticleMeta;
  /** `typeCues(scan, url)`, when already computed: the sliced reading takes it in a slice of its own. */
  typeCues?: number[];
}

const ARTICLE_CUE =
  /\/(news|blog|blogs|article|articles|story|stories|post|posts|opinion|politics|world|editorial|features?|columns?|insights?)\//i;
const OTHER_CUE =
  /\/(products?|p|dp|shop|store|item|items|cart|category|categories|collections?|tags?|search|forums?|threads?|topics?|t|questions?|community|discussions?|docs?|documentation|api|reference|manual|wiki|pricing|features|solutions|services?|courses?|jobs?|careers|listings?)(\/|$)/i;

function log1p(n: number): number {
  return Math.log(1 + n);
}

function urlFeatures(url: string | undefined): number[] {
  let path: string;
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    path = '';
  }
  const segs = path.split('/').filter(Boolean);
  const last = segs[segs.length - 1] ?? '';
  const words = last
    .replace(/\.[a-z]{2,5}$/i, '')
    .split(/[-_]+/)
    .filter((w) => /[a-z]/i.test(w));
  return [
    /\/(19|20)\d{2}\/\d{1,2}\/|\/(19|20)\d{2}-\d{2}-\d{2}|\/(19|20)\d{2}\/[a-z]/i.test(path)
      ? 1
      : 0,
    Math.min(words.length, 12) / 12,
    ARTICLE_CUE.test(path + '/') ? 1 : 0,
    OTHER_CUE.test(path) ? 1 : 0,
    Math.min(segs.length, 6) / 6,
    segs.length === 0 ? 1 : 0,
  ];
}

function count(scan: PageScan, ...tags: string[]): number {
  return tags.reduce((n, t) => n + (scan.tagCounts.get(t) ?? 0), 0);
}

/**
 * Prose paragraphs, Readability's readerable score, and how the prose is spread: an article's
 * paragraphs are siblings under one parent, a forum's, listing's or service page's are spread
 * over many posts, cards or sections.
 */
function proseStats(scan: PageScan): {
  paragraphs: number;
  readerable: number;
  parentShare: number;
  parents: number;
} {
  let paragraphs = 0;
  let readerable = 0;
  let total = 0;
  const byParent = new Map<number, number>();
  for (const s of scan.stats) {
    if (s.furniture || s.ownText < 80 || s.ownLinkText / s.ownText > 0.3) continue;
    paragraphs++;
    total += s.ownText;
    byParent.set(s.parent, (byParent.get(s.parent) ?? 0) + s.ownText);
    if (s.ownText > 140) readerable += Math.sqrt(s.ownText - 140);
  }
  let top = 0;
  for (const v of byParent.values()) top = Math.max(top, v);
  return {
    paragraphs,
    readerable,
    parentShare: total > 0 ? top / total : 0,
    parents: byParent.size,
  };
}

function itemtypes(doc: Document, scan: PageScan): string {
  const root = doc.documentElement;
  const head = Array.from(doc.head?.getElementsByTagName('*') ?? []).filter((e) =>
    e.hasAttribute('itemtype'),
  );
  const all = [
    ...(root?.hasAttribute('itemtype') ? [root] : []),
    ...head,
    ...markOf(scan, 'itemtype'),
  ];
  return all
    .slice(0, 50)
    .map((e) => e.getAttribute('itemtype') ?? '')
    .join(' ');
}

/** The feature vector for one page. */
export function pageFeatures(input: FeatureInput): FeatureVector {
  const { doc, scan, container, ld, meta, hasScripts } = input;
  const ogType = (meta.get('og:type') ?? '').toLowerCase();
  const ldTypes = ld.flatMap((n) => n.types);
  const ldArticle = ldTypes.some((t) => ARTICLE_TYPES.has(t));
  const ldOther = ldTypes.some((t) => OTHER_TYPES.has(t));
  const micro = itemtypes(doc, scan);
  const body = scan.stats[0] as ElementStat | undefined;
  const pageText = body?.text ?? 0;
  const roots = container?.roots ?? [];
  const containerText = roots.reduce((n, s) => n + s.text, 0);
  const articles = count(scan, 'ARTICLE');
  const prose = proseStats(scan);
  const paragraphs = Math.max(1, count(scan, 'P'));
  const published = [
    'article:published_time',
    'datepublished',
    'og:published_time',
    'parsely-pub-date',
    'publish-date',
  ].some((k) => meta.has(k));
  const byline =
    meta.has('author') ||
    markOf(scan, 'rel:author').length > 0 ||
    markOf(scan, 'itemprop:author').length > 0 ||
    markOf(scan, 'class:byline').some((e) =>
      /(^|\s)byline(\s|$)/.test(e.getAttribute('class') ?? ''),
    );
  return [
    ogType.includes('article') ? 1 : 0,
    ogType && !ogType.includes('article') ? 1 : 0,
    // Without scripts we cannot know whether JSON-LD existed: 0 keeps the model neutral.
    hasScripts ? (ldArticle ? 1 : -1) : 0,
    hasScripts ? (ldOther ? 1 : -1) : 0,
    published ? 1 : 0,
    /(Article|BlogPosting|NewsArticle)\b/.test(micro) ? 1 : 0,
    /(Product|Offer|Question|ItemList|SoftwareApplication|DiscussionForumPosting)\b/.test(micro)
      ? 1
      : 0,
    log1p(articles),
    articles >= 3 ? 1 : 0,
    ...urlFeatures(input.url),
    log1p(prose.paragraphs),
    log1p(prose.readerable),
    log1p(containerText),
    pageText > 0 ? containerText / pageText : 0,
    body ? linkDensity(body) : 0,
    log1p(count(scan, 'FORM')),
    log1p(count(scan, 'INPUT', 'SELECT', 'TEXTAREA')),
    log1p(count(scan, 'BUTTON')),
    log1p(count(scan, 'PRE', 'CODE')),
    log1p(count(scan, 'H2', 'H3', 'H4')),
    log1p(count(scan, 'LI') / paragraphs),
    log1p(count(scan, 'TIME')),
    byline ? 1 : 0,
    log1p(pageText),
    log1p(container?.prose ?? 0),
    container && container.top.text > 0 ? container.prose / container.top.text : 0,
    container ? log1p(container.prose / Math.max(1, container.paragraphs)) : 0,
    container ? container.headings / (1 + container.prose / 1000) : 0,
    input.article.published || input.article.modified ? 1 : 0,
    input.article.byline ? 1 : 0,
    prose.parentShare,
    log1p(prose.parents),
    Math.min(count(scan, 'H1'), 3),
    ...pageCues(doc, scan, container),
    ...(input.typeCues ?? typeCues(scan, input.url)),
  ];
}
