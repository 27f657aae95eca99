/** Writing imported notes: all in one transaction, skipping ids already stored. */
import { atomically } from './atomic';
import { getDb } from './open';
import type { AnnotationRecord, ArticleRecord } from './schema';
import { refreshSummary } from './summaries';

/** How an import went. */
export interface ImportOutcome {
  added: number;
  /** Already stored (same id): left as they are, so re-importing a file adds nothing. */
  skipped: number;
}

/**
 * Stores validated notes and the articles they belong to. One transaction: if any write
 * fails (quota, say) it aborts and nothing of the file is kept, and nothing stored is touched.
 */
export async function importNotes(
  notes: Array<{ annotation: AnnotationRecord; article: ArticleRecord }>,
): Promise<ImportOutcome> {
  const db = await getDb();
  const tx = db.transaction(['articles', 'annotations', 'summaries'], 'readwrite');
  return atomically(tx, async () => {
    const articles = tx.objectStore('articles');
    const annotations = tx.objectStore('annotations');
    const outcome: ImportOutcome = { added: 0, skipped: 0 };
    const seenArticles = new Set<string>();
    for (const { annotation, article } of notes) {
      if (!seenArticles.has(article.id)) {
        seenArticles.add(article.id);
        if ((await articles.getKey(article.id)) === undefined) await articles.put(article);
      }
      if ((await annotations.getKey(annotation.id)) !== undefined) {
        outcome.skipped++;
        continue;
      }
      await annotations.add({ ...annotation, articleId: article.id });
      outcome.added++;
    }
    for (const id of seenArticles) await refreshSummary(tx, id);
    return outcome;
  });
}
