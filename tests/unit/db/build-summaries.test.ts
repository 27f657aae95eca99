import { describe, expect, it } from 'vitest';
import { getDb } from '../../../utils/db/open';
import type { AnnotationRecord, SummaryRecord } from '../../../utils/db/schema';
import { buildSummaries, refreshSummary, summarise } from '../../../utils/db/summaries';
import { makeLibrary } from '../../../scripts/lib/popup-fixture';
import { buildV1 } from '../../faults/unit/schema-v1';
import { useFreshDb } from './fresh-db';

useFreshDb();

/** A v1-shaped library with the cases a batched build could get wrong. */
function library() {
  const { articles, annotations } = makeLibrary({
    articles: 12,
    autoPerArticle: 9,
    notesPerArticle: 2,
    seed: 3,
  });
  // One article far larger than a batch, one with nothing, an orphan, and equal starts
  // (summarise's stable sort keeps the read order for those).
  const big = articles[0]!;
  const extra: AnnotationRecord[] = Array.from({ length: 25 }, (_, k) => ({
    ...annotations[0]!,
    id: `big-${String(k).padStart(2, '0')}`,
    articleId: big.id,
    origin: k % 3 ? 'auto' : 'user',
  }));
  const empty = {
    ...articles[1]!,
    id: 'https://empty.example/none',
    url: 'https://empty.example/none',
  };
  const orphan = { ...annotations[1]!, id: 'orphan', articleId: 'https://gone.example/x' };
  return { articles: [...articles, empty], annotations: [...annotations, ...extra, orphan] };
}

/** Every summary as the per-article refresh makes it, then as `buildSummaries` does. */
async function bothWays(batchSize: number): Promise<[SummaryRecord[], SummaryRecord[]]> {
  const db = await getDb();
  const tx = db.transaction(['articles', 'annotations', 'summaries'], 'readwrite');
  const ids = await tx.objectStore('articles').getAllKeys();
  await Promise.all(ids.map((id) => refreshSummary(tx, id)));
  const expected = await tx.objectStore('summaries').getAll();
  await tx.objectStore('summaries').clear();
  await buildSummaries(tx, batchSize);
  const built = await tx.objectStore('summaries').getAll();
  await tx.done;
  return [expected, built];
}

describe('buildSummaries', () => {
  it.each([1, 2, 7, 20, 2000])(
    'in batches of %i makes exactly what a per-article refresh makes',
    async (batchSize) => {
      const { articles, annotations } = library();
      await buildV1({ version: 1, articles, annotations } as never);
      const [expected, built] = await bothWays(batchSize);
      expect(built).toHaveLength(articles.length);
      expect(built).toEqual(expected);
      const big = built.find((s) => s.id === articles[0]!.id)!;
      expect(big.counts.notes + big.counts.actors + big.counts.claims).toBeGreaterThan(25);
      expect(built.find((s) => s.id === 'https://empty.example/none')).toEqual(
        summarise(articles.at(-1)!, []),
      );
    },
  );
});
