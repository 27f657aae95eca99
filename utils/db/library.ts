/** Read models for the popup: articles with their annotations, newest first. */
import { listAnnotations } from './annotations';
import { listArticles } from './articles';
import { getDb } from './open';
import type { AnnotationRecord, ArticleRecord, SummaryRecord } from './schema';
import type { SectionCounts } from './summaries';

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

/** What the popup's first screen shows: the newest articles and what their cards list. */
export interface FirstScreen {
  /** Newest read first; the article asked for by id comes last if it is not among them. */
  articles: ArticleRecord[];
  /**
   * Each article's annotations in text order: with `counts`, only those its collapsed card
   * shows (a summary's preview); without, all of them.
   */
  byArticle: Map<string, AnnotationRecord[]>;
  /** Each article's real section counts, when `byArticle` holds previews. */
  counts?: Map<string, SectionCounts>;
}

/**
 * The `limit` most recently read articles, plus article `alsoId` if it exists, from their
 * summaries: one read-only transaction, one `getAll` on the newest-first index (and one `get`).
 * (Before the summaries, v1 read the article index's keys, then every article and all its
 * annotations: a few hundred records where a collapsed card shows twenty.)
 */
export async function loadFirstScreen(limit: number, alsoId?: string): Promise<FirstScreen> {
  const db = await getDb();
  const tx = db.transaction('summaries');
  const also = alsoId === undefined ? undefined : tx.store.get(alsoId);
  const newest = limit > 0 ? tx.store.index('by-rank').getAll(null, limit) : undefined;
  const [found = [], extra] = await Promise.all([newest, also]);
  await tx.done;
  if (extra && !found.some((s) => s.id === extra.id)) found.push(extra);
  return fromSummaries(found);
}

/** The first screen shown by `summaries`, in their order. */
export function fromSummaries(summaries: SummaryRecord[]): Required<FirstScreen> {
  const screen = { articles: [], byArticle: new Map(), counts: new Map() } as Required<FirstScreen>;
  for (const s of summaries) {
    screen.articles.push(s.article);
    screen.byArticle.set(s.id, s.preview);
    screen.counts.set(s.id, s.counts);
  }
  return screen;
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
