/**
 * The measurement behind the search choice: Margin's scan index against minisearch on the
 * same generated library, in Node (the same V8 the popup runs on), build time and query time.
 */
import MiniSearch from 'minisearch';
import { SearchIndex, annotationText } from '../../utils/library/search-index';
import { makeLibrary, TARGET_SIZE } from './popup-fixture';

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** Prints build and query times of both indexes for `queries`. */
export function compareIndexes(queries: string[]): void {
  const { articles, annotations } = makeLibrary(TARGET_SIZE);
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const [ours, oursBuild] = time(() => {
    const index = new SearchIndex([], articles);
    for (let i = 0; i < annotations.length; i += 2000)
      index.addBatch(annotations.slice(i, i + 2000));
    return index;
  });
  const [mini, miniBuild] = time(() => {
    const index = new MiniSearch<{ id: string; text: string; title: string }>({
      fields: ['text', 'title'],
    });
    index.addAll(
      annotations.map((a) => ({
        id: a.id,
        text: annotationText(a),
        title: titles.get(a.articleId)!,
      })),
    );
    return index;
  });
  console.log(`\nsearch index in Node over ${annotations.length} annotations`);
  console.log(
    `${'query'.padEnd(24)} ${'margin ms'.padStart(9)} ${'hits'.padStart(7)} ${'minisearch ms'.padStart(14)} ${'hits'.padStart(7)}`,
  );
  console.log(
    `${'(build)'.padEnd(24)} ${oursBuild.toFixed(0).padStart(9)} ${''.padStart(7)} ${miniBuild.toFixed(0).padStart(14)}`,
  );
  for (const query of queries) {
    const [a, ta] = time(() => ours.match(query).count);
    const [b, tb] = time(() => mini.search(query, { prefix: true, combineWith: 'AND' }).length);
    console.log(
      `${query.padEnd(24)} ${ta.toFixed(1).padStart(9)} ${String(a).padStart(7)} ${tb.toFixed(1).padStart(14)} ${String(b).padStart(7)}`,
    );
  }
}
