/** Referring to an annotation outside Margin: a citation line and a link that scrolls to it. */
import type { AnnotationRecord, ArticleRecord } from '../db/schema';
import { siteOf } from './library-state';

/** `"quote" - Site, Headline, date, URL`, the date being publication (else reading) day. */
export function citation(annotation: AnnotationRecord, article: ArticleRecord): string {
  const quote = annotation.target.selector[0].exact.replace(/\s+/g, ' ').trim();
  return `"${quote}" - ${siteOf(article)}, ${article.title}, ${articleDate(article)}, ${article.url}`;
}

/** The article's date as YYYY-MM-DD: publication when known, else the day it was read. */
export function articleDate(article: ArticleRecord): string {
  const published = article.published ? Date.parse(article.published) : NaN;
  const when = Number.isNaN(published) ? article.lastReadAt : published;
  return new Date(when).toISOString().slice(0, 10);
}

/**
 * The article URL with a text fragment (`#:~:text=start,end`) for the quote, which Chromium
 * and Firefox scroll to and mark on load; long quotes use their first and last words.
 */
export function linkToQuote(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length === 0 || words[0] === '') return url;
  const enc = (parts: string[]) => encodeURIComponent(parts.join(' ')).replace(/-/g, '%2D');
  const directive =
    words.length <= 8 ? enc(words) : `${enc(words.slice(0, 4))},${enc(words.slice(-4))}`;
  return `${url.split('#')[0]}#:~:text=${directive}`;
}
