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
 * annotations, in one read-only transaction and two rounds of requests: the newest ids from
 * the `by-last-read` index's keys, then every article and annotation list at once. (A cursor
 * walking back from the newest took one round trip per article, each queued behind the
 * previous article's annotation read.)
 */
export async function loadFirstScreen(limit: number, alsoId?: string): Promise<FirstScreen> {
  const db = await getDb();
  const tx = db.transaction(['articles', 'annotations']);
  const store = tx.objectStore('articles');
  const perArticle = tx.objectStore('annotations').index('by-article');
  const also = alsoId === undefined ? undefined : store.get(alsoId);
  // Ascending by time, ties by id: reversed, the order of a 'prev' cursor.
  const ids = limit > 0 ? (await store.index('by-last-read').getAllKeys()).slice(-limit) : [];
  ids.reverse();
  const found = ids.map((id) => store.get(id));
  const lists = ids.map((id) => perArticle.getAll(id));
  const extra = await also;
  if (extra && !ids.includes(extra.id)) {
    found.push(Promise.resolve(extra));
    lists.push(perArticle.getAll(extra.id));
  }
  const records = await Promise.all(found);
  const annotations = await Promise.all(lists);
  await tx.done;
  const articles: ArticleRecord[] = [];
  const byArticle = new Map<string, AnnotationRecord[]>();
  records.forEach((article, i) => {
    // An id the index listed has its record within the same transaction; checked anyway.
    if (!article) return;
    articles.push(article);
    byArticle.set(article.id, sortByPosition(annotations[i]!));
  });
  return { articles, byArticle };
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
