/** Everything in Margin's database, in key order, for before/after comparisons. */
import { getDb } from '../../../utils/db/open';
import type { AnnotationRecord, ArticleRecord } from '../../../utils/db/schema';

/** Both stores' records. */
export interface Dump {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
}

/** Reads both stores in one transaction. */
export async function dumpDb(): Promise<Dump> {
  const db = await getDb();
  const tx = db.transaction(['articles', 'annotations']);
  const [articles, annotations] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('annotations').getAll(),
  ]);
  await tx.done;
  return { articles, annotations };
}
