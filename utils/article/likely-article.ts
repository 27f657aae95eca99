/**
 * The detector's first, cheap look: signals a page gives about itself in a few selector
 * queries (article JSON-LD, og:type, a published time, one <article>, a dated or sluggish
 * URL). A yes only lets the reader be injected early, in parallel with the full detection,
 * which still decides whether anything is read or painted; a no costs nothing but the early
 * start, so this may err either way.
 */

import { MAX_ELEMENTS } from './page-budget';

const LD_ARTICLE = /"@type"\s*:\s*(\[[^\]]*)?"[A-Za-z]*(Article|BlogPosting)"/;
const DATED_PATH = /\/(19|20)\d{2}\/\d{1,2}\/|\/(19|20)\d{2}-\d{2}-\d{2}/;
/** JSON-LD scripts read at most: a page with hundreds is not worth the time here. */
const MAX_LD = 8;

/** The cheap signal that fired (for the debug log), or null when none did. */
export function likelyArticle(
  doc: Document,
  url = doc.location?.href ?? '',
  maxElements = MAX_ELEMENTS,
): string | null {
  // The performance guard will skip a page this large: no reader for it, early or late.
  if (doc.getElementsByTagName('*').length > maxElements) return null;
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
  if (/article/i.test(meta('meta[property="og:type"]'))) return 'og:type';
  if (meta('meta[property="article:published_time"],meta[name="article:published_time"]')) {
    return 'article:published_time';
  }
  const ld = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < ld.length && i < MAX_LD; i++) {
    if (LD_ARTICLE.test(ld[i]!.textContent ?? '')) return 'json-ld';
  }
  if (doc.getElementsByTagName('article').length === 1) return '<article>';
  try {
    const path = new URL(url).pathname;
    if (DATED_PATH.test(path)) return 'dated url';
  } catch {
    // No URL (about:blank, a test document): no signal from it.
  }
  return null;
}
