/** Repository functions for articles: what the reader has read, newest first. */
import { atomically } from './atomic';
import { getDb } from './open';
import type { AnnotationRecord, ArticleRecord } from './schema';
import { refreshSummary } from './summaries';

/** An article as the content script reports it; read times are the repository's business. */
export type ArticleInput = Omit<ArticleRecord, 'firstReadAt' | 'lastReadAt'>;

/** An automatic annotation as the content script reports it. */
export type AutoAnnotationInput = Pick<AnnotationRecord, 'kind' | 'target' | 'actor' | 'claim'>;

/**
 * Records one reading of an article: the article is updated (never duplicated), and its
 * automatic annotations are replaced by this reading's, in one transaction so a reader never
 * sees a half-replaced set. The reader's own annotations are left alone.
 */
export async function recordReading(
  article: ArticleInput,
  annotations: AutoAnnotationInput[],
  now = Date.now(),
): Promise<ArticleRecord> {
  const db = await getDb();
  const tx = db.transaction(['articles', 'annotations', 'summaries'], 'readwrite');
  return atomically(tx, async () => {
    const previous = await tx.objectStore('articles').get(article.id);
    const record: ArticleRecord = {
      ...article,
      firstReadAt: previous?.firstReadAt ?? now,
      lastReadAt: now,
    };
    const store = tx.objectStore('annotations');
    const edited: AnnotationRecord[] = [];
    let cursor = await store.index('by-article').openCursor(article.id);
    while (cursor) {
      if (cursor.value.origin === 'auto') await cursor.delete();
      else edited.push(cursor.value);
      cursor = await cursor.continue();
    }
    await tx.objectStore('articles').put(record);
    const known = findsEdited(edited, annotations);
    for (const [i, input] of annotations.entries()) {
      if (known.has(i)) continue;
      await store.add({
        ...input,
        id: crypto.randomUUID(),
        type: 'Annotation',
        articleId: article.id,
        origin: 'auto',
        body: '',
        created: now,
        modified: now,
      });
    }
    await refreshSummary(tx, article.id);
    return record;
  });
}

/**
 * Which of a reading's finds the reader already has as edited copies (an edit makes a find
 * `origin: 'user'`, keeping its kind), so a new reading does not store them a second time.
 * Each copy stands for the find of the same kind and quote nearest to it in the text.
 */
function findsEdited(edited: AnnotationRecord[], finds: AutoAnnotationInput[]): Set<number> {
  const byQuote = new Map<string, number[]>();
  finds.forEach((find, i) => {
    const key = quoteKey(find);
    const list = byQuote.get(key);
    if (list) list.push(i);
    else byQuote.set(key, [i]);
  });
  const taken = new Set<number>();
  for (const copy of edited) {
    if (copy.kind === 'highlight') continue;
    const start = copy.target.selector[1].start;
    const distance = (i: number) => Math.abs(finds[i]!.target.selector[1].start - start);
    const open = (byQuote.get(quoteKey(copy)) ?? []).filter((i) => !taken.has(i));
    if (open.length > 0) taken.add(open.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
  }
  return taken;
}

function quoteKey(a: Pick<AnnotationRecord, 'kind' | 'target'>): string {
  return `${a.kind}\u0000${a.target.selector[0].exact}`;
}

/** Articles newest first, `limit` at most. */
export async function listArticles(limit = 200): Promise<ArticleRecord[]> {
  const db = await getDb();
  const out: ArticleRecord[] = [];
  let cursor = await db
    .transaction('articles')
    .store.index('by-last-read')
    .openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** One article by id, or undefined. */
export async function getArticle(id: string): Promise<ArticleRecord | undefined> {
  return (await getDb()).get('articles', id);
}
