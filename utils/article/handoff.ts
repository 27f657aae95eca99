/**
 * The detector's reading, handed to the reader bundle. Both are content scripts of Margin in
 * the same frame, so they share one content-script global (Chrome's isolated world, Firefox's
 * sandbox), never the page's: the reader takes the article the detector already extracted
 * instead of walking the page again. A handoff is used once, and only while it still fits
 * the page (same URL, same element count, its text still in the document).
 */
import type { ArticleFound } from './page-article';

const KEY = Symbol.for('margin.articleHandoff');

interface Handoff {
  url: string;
  elements: number;
  reading: ArticleFound;
}

type Holder = Record<symbol, Handoff | undefined>;

/** Leaves `reading` of `doc` for the reader. */
export function leaveHandoff(scope: object, doc: Document, reading: ArticleFound): void {
  (scope as Holder)[KEY] = {
    url: doc.location?.href ?? '',
    elements: doc.getElementsByTagName('*').length,
    reading,
  };
}

/** The reading left for `doc`, if it still fits the page; a handoff is taken once. */
export function takeHandoff(scope: object, doc: Document): ArticleFound | null {
  const handoff = (scope as Holder)[KEY];
  (scope as Holder)[KEY] = undefined;
  if (!handoff || handoff.url !== (doc.location?.href ?? '')) return null;
  if (handoff.elements !== doc.getElementsByTagName('*').length) return null;
  const segments = handoff.reading.body?.segments ?? [];
  if (!segments.every((s) => s.node.isConnected)) return null;
  return handoff.reading;
}
