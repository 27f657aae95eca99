/**
 * Per-article summaries: what the popup's first screen shows of an article (headline, site,
 * date read, counts and the few items a collapsed card lists), kept in their own store ordered
 * newest first, so the first screen is one small indexed read instead of the article index plus
 * every annotation of the newest articles. Every repository write that changes an article or
 * its annotations rewrites the article's summary in the same transaction.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { AnnotationRecord, ArticleRecord, MarginDB, SummaryRecord } from './schema';

/** Notes a collapsed card shows (and a summary keeps) before "show all". */
export const PREVIEW_NOTES = 4;
/** Claims a collapsed card shows (and a summary keeps) before "show all". */
export const PREVIEW_CLAIMS = 3;
/** Actor chips a card shows (and a summary keeps) before "+N more". */
export const PREVIEW_ACTORS = 12;

/** How many of each section an article holds. */
export interface SectionCounts {
  /** The reader's own: highlights, notes, edited finds. */
  notes: number;
  actors: number;
  claims: number;
}

/** Which section of a card an annotation belongs to, if any. */
export function sectionOf(a: AnnotationRecord): keyof SectionCounts | undefined {
  if (a.origin === 'user') return 'notes';
  if (a.kind === 'actor' && a.actor) return 'actors';
  if (a.kind === 'claim' && a.claim) return 'claims';
  return undefined;
}

/** Orders actors most mentioned first; stable, so ties keep text order. */
export function byMentions(a: AnnotationRecord, b: AnnotationRecord): number {
  return b.actor!.mentionCount - a.actor!.mentionCount;
}

/** The summary of `article` holding `annotations` (any order). */
export function summarise(article: ArticleRecord, annotations: AnnotationRecord[]): SummaryRecord {
  const inText = [...annotations].sort(
    (a, b) => a.target.selector[1].start - b.target.selector[1].start,
  );
  const counts: SectionCounts = { notes: 0, actors: 0, claims: 0 };
  const actors: AnnotationRecord[] = [];
  const kept = new Set<AnnotationRecord>();
  for (const a of inText) {
    const section = sectionOf(a);
    if (!section) continue;
    counts[section]++;
    if (section === 'actors') actors.push(a);
    else if (counts[section] <= (section === 'notes' ? PREVIEW_NOTES : PREVIEW_CLAIMS)) kept.add(a);
  }
  for (const a of actors.sort(byMentions).slice(0, PREVIEW_ACTORS)) kept.add(a);
  return {
    id: article.id,
    rank: -article.lastReadAt,
    article,
    counts,
    preview: inText.filter((a) => kept.has(a)),
  };
}

/** A transaction over the three stores a summary is made from and kept in. */
export type SummaryTx = IDBPTransaction<
  MarginDB,
  ArrayLike<StoreNames<MarginDB>>,
  'readwrite' | 'versionchange'
>;

/**
 * Rewrites article `articleId`'s summary from what `tx` now holds (deletes it when the
 * article is gone). Call it last in a write, inside the write's own transaction.
 */
export async function refreshSummary(tx: SummaryTx, articleId: string): Promise<void> {
  const summaries = tx.objectStore('summaries');
  const article = await tx.objectStore('articles').get(articleId);
  if (!article) {
    await summaries.delete(articleId);
    return;
  }
  const annotations = await tx.objectStore('annotations').index('by-article').getAll(articleId);
  await summaries.put(summarise(article, annotations));
}

/** Annotations read per request while building every summary. */
const BUILD_BATCH = 2000;

/**
 * Builds every article's summary (the v2 upgrade of a v1 database), in `tx`: one pass over
 * the annotations in `by-article` order, read in batches, each article's group summarised as
 * soon as it is whole. A request per article (its record, its annotations) made the upgrade a
 * few thousand round trips, seconds at 60,000 annotations.
 */
export async function buildSummaries(tx: SummaryTx, batchSize = BUILD_BATCH): Promise<void> {
  const articles = new Map((await tx.objectStore('articles').getAll()).map((a) => [a.id, a]));
  const summaries = tx.objectStore('summaries');
  const byArticle = tx.objectStore('annotations').index('by-article');
  const writes: Promise<unknown>[] = [];
  const emit = (articleId: string, group: AnnotationRecord[]) => {
    const article = articles.get(articleId);
    if (!article) return;
    articles.delete(articleId);
    writes.push(summaries.put(summarise(article, group)));
  };
  // The index orders by article, then by primary key within one, as a per-article read does:
  // summarise's stable sort sees every group in the same order.
  let from: IDBKeyRange | undefined;
  for (;;) {
    const batch = await byArticle.getAll(from, batchSize);
    const whole = batch.length < batchSize;
    const last = batch.at(-1)?.articleId;
    // The batch may end inside the last article's group: that one is read again next time.
    const end = whole ? batch.length : batch.findIndex((a) => a.articleId === last);
    if (!whole && end === 0) {
      // One article fills a whole batch: read it alone.
      emit(last!, await byArticle.getAll(last!));
      from = IDBKeyRange.lowerBound(last, true);
      continue;
    }
    for (let start = 0; start < end;) {
      const id = batch[start]!.articleId;
      let stop = start + 1;
      while (stop < end && batch[stop]!.articleId === id) stop++;
      emit(id, batch.slice(start, stop));
      start = stop;
    }
    if (whole) break;
    from = IDBKeyRange.lowerBound(last, false);
  }
  // Articles without annotations.
  for (const article of articles.values()) writes.push(summaries.put(summarise(article, [])));
  await Promise.all(writes);
}
