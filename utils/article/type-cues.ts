/**
 * Page-type evidence a reader would use to tell an article from the six other WCXB page types:
 * what the URL's host and path name (docs, forum, shop, service sections), what the page's
 * short link, button and heading texts invite (get a quote, add to cart, reply, edit this
 * page), code in <pre>, prices and phone links, share links, and repeated blocks (cards,
 * posts). Everything reads the scan and its marks, plus the text of short links, buttons and
 * headings, capped, so the cost stays a small fraction of the scan.
 */
import { markOf, type ElementStat, type PageScan } from './scan';

/** Names of the type-cue features, in the order `typeCues` returns them. */
export const TYPE_CUE_NAMES = [
  'urlDocs',
  'urlForum',
  'urlShop',
  'urlService',
  'preShare',
  'docWords',
  'serviceWords',
  'shopWords',
  'forumWords',
  'shareLinks',
  'telLinks',
  'prices',
  'repeatedBlocks',
  'repeatedShare',
  'articleLinkShare',
  'bylineMarks',
] as const;

const DOCS_HOST = /^(docs?|developers?|dev|learn|support|help|kb|wiki|manual|api)\./i;
const DOCS_PATH =
  /\/(docs?|documentation|manual|man-?pages?|reference|api|guides?|tutorials?|help|support|kb|knowledge-?base|faq|handbook|usersguide|wiki|lang)(\/|\.|$)/i;
const FORUM_PATH =
  /\/(forums?|threads?|topics?|t|questions?|community|discussions?|boards?|viewtopic|showthread|r)(\/|\.|$)/i;
const FORUM_HOST = /^(forums?|community|discuss|answers)\./i;
const SHOP_PATH =
  /\/(products?|p|dp|shop|store|item|items|cart|category|categories|collections?|catalog|buy)(\/|\.|$)/i;
const SERVICE_PATH =
  /\/(services?|solutions|pricing|plans|programs?|courses?|admissions?|tuition|contact|about|locations?|departments?|careers|jobs)(\/|\.|$)/i;

// Short texts: link and button labels, headings. Longer texts are prose, not invitations.
const SHORT = 60;
const MAX_SHORT = 600;

const DOC_WORDS =
  /\b(edit this page|on this page|table of contents|was this (page|article) helpful|next topic|previous topic|parameters|returns|syntax|examples?|usage|prerequisites|installation|options|api reference|see also|version|docs|documentation)\b/g;
const SERVICE_WORDS =
  /\b(contact us|get (a|your) (free )?(quote|estimate|consultation)|request (a|an|info)|enroll|apply( now)?|sign up|get started|book (now|online|a)|schedule|free trial|pricing|plans|call (us|now)|our services|why choose|testimonials|learn more|donate|register)\b/g;
const SHOP_WORDS =
  /\b(add to (cart|bag|basket|wishlist)|buy now|in stock|out of stock|checkout|shop now|quick view|free shipping|sort by|filter|reviews?)\b/g;
const FORUM_WORDS =
  /\b(reply|replies|quote|joined|posts?|report|thread|topic|views|upvote|permalink|members?|moderator|solved|log in to reply)\b/g;
const SHARE_HREF =
  /(twitter\.com\/(intent|share)|x\.com\/intent|facebook\.com\/(sharer|share)|linkedin\.com\/(share|cws\/share)|pinterest\.com\/pin\/create|api\.whatsapp\.com|wa\.me\/\?|reddit\.com\/submit|mailto:\?)/i;
const PRICE = /[$£€¥]\s?\d[\d,]*(\.\d{2})?|\b\d[\d,]*(\.\d{2})?\s?(usd|eur|gbp)\b/gi;
const ARTICLE_HREF =
  /\/(19|20)\d{2}\/\d{1,2}\/|\/(19|20)\d{2}-\d{2}-\d{2}|\/[a-z0-9]+(-[a-z0-9]+){4,}\/?$/i;

const REPEATED_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'TR', 'DL']);

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

function urlCues(url: string | undefined): number[] {
  let host = '';
  let path = '';
  try {
    const u = new URL(url ?? '');
    host = u.hostname.replace(/^www\./, '');
    path = u.pathname;
  } catch {
    // No URL: every cue stays 0.
  }
  return [
    DOCS_HOST.test(host) || DOCS_PATH.test(path) ? 1 : 0,
    FORUM_HOST.test(host) || FORUM_PATH.test(path) ? 1 : 0,
    SHOP_PATH.test(path) ? 1 : 0,
    SERVICE_PATH.test(path) ? 1 : 0,
  ];
}

/** The lower-cased short texts of links, buttons and headings, joined, up to `MAX_SHORT`. */
function shortTexts(scan: PageScan, stats: ElementStat[]): string {
  const parts: string[] = [];
  for (const s of stats) {
    if (parts.length >= MAX_SHORT) break;
    if (s.text === 0 || s.text > SHORT) continue;
    if (s.tag === 'A' || /^H[2-6]$/.test(s.tag)) parts.push(s.el.textContent ?? '');
  }
  for (const el of markOf(scan, 'BUTTON').slice(0, 100)) {
    parts.push((el.textContent ?? '').slice(0, SHORT));
  }
  for (const el of markOf(scan, 'INPUT').slice(0, 100)) {
    parts.push(el.getAttribute('value') ?? el.getAttribute('placeholder') ?? '');
  }
  return parts.join(' | ').toLowerCase();
}

/** Largest group of same-tag, same-class siblings holding text: cards, posts, results. */
function repeated(stats: ElementStat[], pageText: number): [number, number] {
  const groups = new Map<string, [number, number]>();
  let best: [number, number] = [0, 0];
  for (const s of stats) {
    if (s.text < 30 || !REPEATED_TAGS.has(s.tag)) continue;
    const key = `${s.parent}|${s.tag}|${s.el.getAttribute('class') ?? ''}`;
    const g = groups.get(key) ?? [0, 0];
    g[0]++;
    g[1] += s.text;
    groups.set(key, g);
    if (g[0] > best[0]) best = g;
  }
  return [Math.log(1 + best[0]), pageText > 0 ? best[1] / pageText : 0];
}

/** The type cues of one page, in the order of `TYPE_CUE_NAMES`. */
export function typeCues(scan: PageScan, url: string | undefined): number[] {
  const stats = scan.stats;
  const pageText = stats[0]?.text ?? 0;
  let pre = 0;
  let share = 0;
  let tel = 0;
  let links = 0;
  let articleLinks = 0;
  for (const s of stats) {
    if (s.tag === 'PRE') pre += s.text;
    else if (s.tag === 'A') {
      const href = s.el.getAttribute('href') ?? '';
      if (href.startsWith('tel:')) tel++;
      else if (SHARE_HREF.test(href)) share++;
      else if (href && !href.startsWith('#')) {
        links++;
        if (ARTICLE_HREF.test(href.split(/[?#]/)[0]!)) articleLinks++;
      }
    }
  }
  const short = shortTexts(scan, stats);
  const byText = (s: ElementStat) => s.tag === 'P' || s.tag === 'LI' || s.tag === 'SPAN';
  let priceText = '';
  for (const s of stats) {
    if (priceText.length > 20_000) break;
    if (byText(s) && s.text > 0 && s.text < 200) priceText += ` ${s.el.textContent ?? ''}`;
  }
  return [
    ...urlCues(url),
    pageText > 0 ? pre / pageText : 0,
    Math.log(1 + count(short, DOC_WORDS)),
    Math.log(1 + count(short, SERVICE_WORDS)),
    Math.log(1 + count(short, SHOP_WORDS)),
    Math.log(1 + count(short, FORUM_WORDS)),
    Math.log(1 + share),
    Math.log(1 + tel),
    Math.log(1 + count(priceText, PRICE)),
    ...repeated(stats, pageText),
    links > 0 ? articleLinks / links : 0,
    Math.log(1 + markOf(scan, 'class:byline').length + markOf(scan, 'itemprop:author').length),
  ];
}
