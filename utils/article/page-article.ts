/**
 * The article of the live page, read in slices, with the checks both content scripts apply
 * before anything is analysed: the page is small enough to read in time, it is an article
 * with a body, and that body is not inside an editor.
 */
import { readArticleSliced, type Slicer } from './index';
import { isInEditor, pageBudget } from './page-budget';
import type { ArticleReading, TextMap } from './types';

/** A reading that passed the checks: an article with a body. */
export type ArticleFound = ArticleReading & { body: TextMap };

/** The page's article, or why there is none (for the debug log). */
export type PageArticle =
  { ok: true; reading: ArticleFound } | { ok: false; why: string; signals?: string[] };

/** Reads `doc`'s article in the slicer's slices of main-thread time. */
export async function findPageArticle(
  doc: Document,
  slicer: Slicer,
  url = doc.location?.href ?? '',
): Promise<PageArticle> {
  const budget = pageBudget(doc);
  if (!budget.ok)
    return { ok: false, why: `the page is too large to read in time: ${budget.reason}` };
  const reading = await readArticleSliced(doc, slicer, url);
  return checked(reading);
}

/** A reading already made (the detector's), put through the same checks. */
export function checked(reading: ArticleReading): PageArticle {
  const { detection, body } = reading;
  if (!detection.isArticle || !body || !body.text.trim()) {
    return {
      ok: false,
      why: `not an article (${detection.confidence.toFixed(2)})`,
      signals: detection.signals,
    };
  }
  if (isInEditor(body)) return { ok: false, why: 'the article is in an editor (contenteditable)' };
  return { ok: true, reading: { ...reading, body } };
}
