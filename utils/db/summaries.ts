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

/** Builds every article's summary (the v2 upgrade of a v1 database), in `tx`. */
export async function buildSummaries(tx: SummaryTx): Promise<void> {
  const ids = await tx.objectStore('articles').getAllKeys();
  // All requested at once: the transaction queues them, and one await per article would
  // make the upgrade a chain of a thousand round trips.
  await Promise.all(ids.map((id) => refreshSummary(tx, id)));
}
