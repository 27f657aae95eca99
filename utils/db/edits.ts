/**
 * The reader's edits from the popup: change a note, colour or claim status, delete and undo,
 * forget an article. Every update names the `modified` time it was based on, and a record
 * changed since by another context is refused, so two editors never overwrite each other.
 */
import { atomically } from './atomic';
import { getDb } from './open';
import type { AnnotationRecord, ArticleRecord, ClaimStatus, HighlightColour } from './schema';
import { refreshSummary } from './summaries';

/** The stores every edit writes: an annotation changes its article's summary. */
const STORES = ['articles', 'annotations', 'summaries'] as const;

/** What an edit may change. */
export interface AnnotationPatch {
  body?: string;
  colour?: HighlightColour;
  status?: ClaimStatus;
}

/** The outcome of an update: the saved record, or why nothing was written. */
export type UpdateResult =
  | { ok: true; value: AnnotationRecord }
  | { ok: false; reason: 'stale'; current: AnnotationRecord }
  | { ok: false; reason: 'missing' };

/** Everything an article had when it was forgotten, enough to put it back. */
export interface ArticleSnapshot {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/**
 * Applies `patch` to annotation `id` if it is still at `expectedModified`. An automatic
 * annotation the reader edits becomes the reader's (`origin: 'user'`): reading the article
 * again replaces automatic annotations, and the reader's work must survive that.
 */
export async function updateAnnotation(
  id: string,
  expectedModified: number,
  patch: AnnotationPatch,
  now = Date.now(),
): Promise<UpdateResult> {
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  const store = tx.objectStore('annotations');
  return atomically(tx, async (): Promise<UpdateResult> => {
    const current = await store.get(id);
    if (!current) return { ok: false, reason: 'missing' };
    if (current.modified !== expectedModified) return { ok: false, reason: 'stale', current };
    const next: AnnotationRecord = {
      ...current,
      origin: 'user',
      // Strictly later than the version it replaces, even within one millisecond.
      modified: Math.max(now, current.modified + 1),
    };
    if (patch.body !== undefined) next.body = patch.body;
    if (patch.colour !== undefined) next.colour = patch.colour;
    if (patch.status !== undefined && current.claim) {
      next.claim = { ...current.claim, status: patch.status };
    }
    await store.put(next);
    await refreshSummary(tx, next.articleId);
    return { ok: true, value: next };
  });
}

/** Deletes one annotation and returns it (for undo), or undefined when it was already gone. */
export async function deleteAnnotation(id: string): Promise<AnnotationRecord | undefined> {
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  const store = tx.objectStore('annotations');
  return atomically(tx, async () => {
    const current = await store.get(id);
    if (current) {
      await store.delete(id);
      await refreshSummary(tx, current.articleId);
    }
    return current;
  });
}

/** Puts back a deleted annotation exactly as it was. */
export async function restoreAnnotation(record: AnnotationRecord): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  await atomically(tx, async () => {
    await tx.objectStore('annotations').put(record);
    await refreshSummary(tx, record.articleId);
  });
}

/** Deletes an article and everything saved on it, in one transaction; returns what it removed. */
export async function forgetArticle(articleId: string): Promise<ArticleSnapshot | undefined> {
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  return atomically(tx, async () => {
    const article = await tx.objectStore('articles').get(articleId);
    const annotations: AnnotationRecord[] = [];
    let cursor = await tx.objectStore('annotations').index('by-article').openCursor(articleId);
    while (cursor) {
      annotations.push(cursor.value);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    if (article) await tx.objectStore('articles').delete(articleId);
    await tx.objectStore('summaries').delete(articleId);
    return article ? { article, annotations } : undefined;
  });
}

/** Puts back a forgotten article; records written since (a new reading) are kept. */
export async function restoreArticle(snapshot: ArticleSnapshot): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  await atomically(tx, async () => {
    const articles = tx.objectStore('articles');
    if (!(await articles.getKey(snapshot.article.id))) await articles.put(snapshot.article);
    const store = tx.objectStore('annotations');
    for (const record of snapshot.annotations) {
      if (!(await store.getKey(record.id))) await store.put(record);
    }
    await refreshSummary(tx, snapshot.article.id);
  });
}
