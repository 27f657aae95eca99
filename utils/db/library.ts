/** Read models for the popup: articles with their annotations, newest first. */
import { listAnnotations } from './annotations';
import { listArticles } from './articles';
import { getDb } from './open';
import type { AnnotationRecord, ArticleRecord } from './schema';

/** An article and everything saved on it. */
export interface LibraryEntry {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/** The most recently read articles with their annotations. */
export async function loadLibrary(limit = 100): Promise<LibraryEntry[]> {
  const articles = await listArticles(limit);
  return Promise.all(
    articles.map(async (article) => ({ article, annotations: await listAnnotations(article.id) })),
  );
}

/** Every article, newest first: one index read, cheap even for thousands of articles. */
export async function listAllArticles(): Promise<ArticleRecord[]> {
  const db = await getDb();
  return (await db.getAllFromIndex('articles', 'by-last-read')).reverse();
}

/** The annotations of a few articles, each list in text order, read in one transaction. */
export async function annotationsOf(ids: string[]): Promise<Map<string, AnnotationRecord[]>> {
  const db = await getDb();
  const index = db.transaction('annotations').store.index('by-article');
  const lists = await Promise.all(ids.map((id) => index.getAll(id)));
  return new Map(ids.map((id, i) => [id, sortByPosition(lists[i] ?? [])]));
}

/**
 * Every annotation, read in primary-key batches of `batchSize`, each batch its own short
 * transaction: one getAll of 60,000 records would block the popup's main thread for a long
 * frame while it is deserialised, batches keep each frame short and let the list scroll.
 */
export async function loadAllAnnotations(
  onBatch: (batch: AnnotationRecord[]) => void,
  batchSize = 2000,
): Promise<void> {
  const db = await getDb();
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await db.getAll('annotations', range, batchSize);
    if (batch.length === 0) return;
    onBatch(batch);
    after = batch[batch.length - 1]!.id;
    // Each read completes in its own task, so the page can paint between batches.
    if (batch.length < batchSize) return;
  }
}

/** Sorts annotations in place by where they start in the article text. */
export function sortByPosition(list: AnnotationRecord[]): AnnotationRecord[] {
  return list.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
}
