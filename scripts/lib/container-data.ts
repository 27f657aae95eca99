/**
 * Training rows for the container ranking: for every WCXB dev article, each candidate
 * subtree's features and the word F1 of what the block walker reads from it, plus the F1 of
 * the model-free choice. Cached under .cache/ keyed by the source of the modules that shape
 * them (the walk of every candidate takes minutes).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkBlocks } from '../../utils/article/blocks';
import { DEFAULT_BUDGET, Deadline } from '../../utils/article/budget';
import { candidateFeatures } from '../../utils/article/container-rank';
import { chooseContainer, proseTotals, scoreCandidates } from '../../utils/article/extract';
import { scanPage, type ElementStat } from '../../utils/article/scan';
import { PROJECT_ROOT } from './data-path';
import { happyDomSafeHtml } from './happy-dom-html';
import { withDocument } from './html-document';
import { readWcxbHtml, type WcxbPage } from './wcxb';
import { wordF1 } from './word-f1';

const INPUTS = [
  'scan.ts',
  'children.ts',
  'extract.ts',
  'hints.ts',
  'blocks.ts',
  'container-rank.ts',
  'text-map-builder.ts',
];

/** One article page's candidates: feature rows, their F1, and the fallback choice's F1. */
export interface ContainerPage {
  id: string;
  rows: number[][];
  f1: number[];
  fallbackF1: number;
}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of INPUTS)
    h.update(f).update(readFileSync(join(PROJECT_ROOT, 'utils', 'article', f)));
  return h.digest('hex').slice(0, 16);
}

function pageRows(doc: Document, page: WcxbPage): ContainerPage {
  // A generous clock: training measures every candidate, which the live reader never does.
  const deadline = new Deadline({ ...DEFAULT_BUDGET, timeMs: 120_000 });
  const reference = page.mainContent ?? '';
  const scan = scanPage(doc.body as HTMLElement, deadline);
  const scores = scoreCandidates(scan);
  const { index, rows } = candidateFeatures(scan, proseTotals(scan), scores);
  const opts = { docTitle: doc.title };
  const read = (s: ElementStat) => wordF1(walkBlocks([s], scan, opts, deadline).text, reference);
  const fallback = chooseContainer(scan, scores, { weights: [] });
  return {
    id: page.id,
    rows: rows.map((r) => r.map((v) => Math.round(v * 1e4) / 1e4)),
    f1: index.map((i) => Math.round(read(scan.stats[i]!) * 1e4) / 1e4),
    fallbackF1: fallback ? read(fallback.top) : 0,
  };
}

/** Rows for `pages` (articles with a reference body), computing what the cache lacks. */
export async function containerData(pages: WcxbPage[]): Promise<ContainerPage[]> {
  const file = join(PROJECT_ROOT, '.cache', `container-rows-${sourceHash()}.json`);
  const cache: Record<string, ContainerPage | null> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  let computed = 0;
  for (const page of pages) {
    if (page.id in cache) continue;
    cache[page.id] = await withDocument(happyDomSafeHtml(readWcxbHtml(page)), page.url, (doc) => {
      try {
        return pageRows(doc, page);
      } catch {
        return null; // over the scan's element or depth limits: no reading to learn from
      }
    });
    if (++computed % 100 === 0) process.stderr.write(`  container rows: ${computed} pages\n`);
  }
  if (computed > 0) {
    mkdirSync(join(PROJECT_ROOT, '.cache'), { recursive: true });
    writeFileSync(file, JSON.stringify(cache));
  }
  return pages.map((p) => cache[p.id]).filter((p): p is ContainerPage => !!p);
}
