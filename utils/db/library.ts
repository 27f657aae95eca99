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

/** What the popup's first screen shows: the newest articles and everything saved on them. */
export interface FirstScreen {
  /** Newest read first; the article asked for by id comes last if it is not among them. */
  articles: ArticleRecord[];
  /** Each article's annotations in text order. */
  byArticle: Map<string, AnnotationRecord[]>;
}

/**
 * The `limit` most recently read articles, plus article `alsoId` if it exists, with their
 * annotations: one read-only transaction whose requests are all issued before any answer is
 * awaited but the cursor's, so the first paint waits for one round of reads, not one per article.
 */
export async function loadFirstScreen(limit: number, alsoId?: string): Promise<FirstScreen> {
  const db = await getDb();
  const tx = db.transaction(['articles', 'annotations']);
  const byArticle = tx.objectStore('annotations').index('by-article');
  const also = alsoId === undefined ? undefined : tx.objectStore('articles').get(alsoId);
  const articles: ArticleRecord[] = [];
  const lists: Array<Promise<AnnotationRecord[]>> = [];
  let cursor =
    limit > 0
      ? await tx.objectStore('articles').index('by-last-read').openCursor(null, 'prev')
      : null;
  while (cursor) {
    articles.push(cursor.value);
    lists.push(byArticle.getAll(cursor.value.id));
    if (articles.length >= limit) break;
    cursor = await cursor.continue();
  }
  const extra = await also;
  if (extra && !articles.some((a) => a.id === extra.id)) {
    articles.push(extra);
    lists.push(byArticle.getAll(extra.id));
  }
  const annotations = await Promise.all(lists);
  await tx.done;
  return {
    articles,
    byArticle: new Map(articles.map((a, i) => [a.id, sortByPosition(annotations[i]!)])),
  };
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
 * `onBatch` has settled before it is handed the next batch.
 */
export async function loadAllAnnotations(
  onBatch: (batch: AnnotationRecord[]) => unknown,
  batchSize = 1000,
): Promise<void> {
  const db = await getDb();
  const read = (after?: string) =>
    db.getAll(
      'annotations',
      after === undefined ? undefined : IDBKeyRange.lowerBound(after, true),
      batchSize,
    );
  let pending = read();
  for (;;) {
    const batch = await pending;
    const more = batch.length === batchSize;
    // The next read runs while this batch is handled; each read is its own transaction, so
    // the caller may spread a batch over several frames.
    if (more) {
      pending = read(batch[batch.length - 1]!.id);
      pending.catch(() => {});
    }
    if (batch.length > 0) await onBatch(batch);
    if (!more) return;
  }
}

/** Sorts annotations in place by where they start in the article text. */
export function sortByPosition(list: AnnotationRecord[]): AnnotationRecord[] {
  return list.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
}
