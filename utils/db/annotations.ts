/** Repository functions for annotations: the reader's highlights and notes, and Margin's finds. */
import { atomically } from './atomic';
import { getDb } from './open';
import type { ArticleInput } from './articles';
import type { AnnotationRecord, ArticleRecord, HighlightColour } from './schema';
import { refreshSummary } from './summaries';

/** A highlight the reader saves: where it is, the note, the colour. */
export interface HighlightInput {
  target: AnnotationRecord['target'];
  body: string;
  colour: HighlightColour;
  /**
   * Chosen by the sender, so a save sent twice (the worker stopped before answering, the
   * content script sent again) stores one note, not two.
   */
  id?: string;
}

/**
 * Saves the reader's highlight on an article, creating the article record if this is the
 * first thing saved on it, in one transaction so a note never exists without its article.
 */
export async function saveHighlight(
  article: ArticleInput,
  input: HighlightInput,
  now = Date.now(),
): Promise<AnnotationRecord> {
  const db = await getDb();
  const tx = db.transaction(['articles', 'annotations', 'summaries'], 'readwrite');
  return atomically(tx, async () => {
    const annotations = tx.objectStore('annotations');
    const same = input.id === undefined ? undefined : await annotations.get(input.id);
    if (same) return same;
    const articles = tx.objectStore('articles');
    const existing = await articles.get(article.id);
    if (!existing) {
      const record: ArticleRecord = { ...article, firstReadAt: now, lastReadAt: now };
      await articles.put(record);
    }
    const annotation: AnnotationRecord = {
      id: input.id ?? crypto.randomUUID(),
      type: 'Annotation',
      articleId: article.id,
      kind: 'highlight',
      origin: 'user',
      target: input.target,
      body: input.body,
      colour: input.colour,
      created: now,
      modified: now,
    };
    await annotations.add(annotation);
    await refreshSummary(tx, article.id);
    return annotation;
  });
}

/** Every annotation on one article, in the order they appear in its text. */
export async function listAnnotations(articleId: string): Promise<AnnotationRecord[]> {
  const db = await getDb();
  const all = await db.getAllFromIndex('annotations', 'by-article', articleId);
  return all.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
}
