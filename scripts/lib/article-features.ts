/**
 * Detection feature vectors for WCXB dev pages, computed with the live `readArticle` code and
 * cached under .cache/ keyed by the source of the modules that shape them. The evaluator fills
 * the same cache as it goes, so training after an evaluation run costs nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../utils/article/index';
import type { FeatureVector } from '../../utils/article/features';
import { PROJECT_ROOT } from './data-path';
import { NODE_BUDGET, happyDomSafeHtml } from './happy-dom-html';
import { withDocument } from './html-document';
import { readWcxbHtml, type WcxbPage } from './wcxb';

const INPUTS = [
  'features.ts',
  'scan.ts',
  'children.ts',
  'extract.ts',
  'container-rank.ts',
  'container-model.ts',
  'hints.ts',
  'json-ld.ts',
  'metadata.ts',
  'visible-meta.ts',
  'page-cues.ts',
  'type-cues.ts',
  'dates.ts',
];

function sourceHash(): string {
  const h = createHash('sha256');
  const dir = join(PROJECT_ROOT, 'utils', 'article');
  for (const f of readdirSync(dir)
    .filter((f) => INPUTS.includes(f))
    .sort()) {
    h.update(f).update(readFileSync(join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

/** Feature vectors by page id (null: the reader gave up), persisted every 50 additions. */
export class FeatureCache {
  private readonly file = join(PROJECT_ROOT, '.cache', `article-features-${sourceHash()}.json`);
  private readonly data: Record<string, FeatureVector | null> = existsSync(this.file)
    ? JSON.parse(readFileSync(this.file, 'utf8'))
    : {};
  private unsaved = 0;

  /** True when the page's vector (or its give-up) is known. */
  has(id: string): boolean {
    return id in this.data;
  }

  /** The page's vector, or null. */
  get(id: string): FeatureVector | null {
    return this.data[id] ?? null;
  }

  /** Records a page's vector. */
  set(id: string, x: FeatureVector | null): void {
    this.data[id] = x;
    if (++this.unsaved >= 50) this.save();
  }

  /** Writes the cache file. */
  save(): void {
    if (this.unsaved === 0) return;
    mkdirSync(join(PROJECT_ROOT, '.cache'), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.data));
    this.unsaved = 0;
  }
}

/** Feature vector per page id, computing the ones the cache lacks. */
export async function wcxbFeatures(pages: WcxbPage[]): Promise<Map<string, FeatureVector | null>> {
  const cache = new FeatureCache();
  let computed = 0;
  for (const page of pages) {
    if (cache.has(page.id)) continue;
    let x: FeatureVector | null = null;
    await withDocument(happyDomSafeHtml(readWcxbHtml(page)), page.url, (doc) =>
      readArticle(doc, page.url, { budget: NODE_BUDGET, onFeatures: (v) => (x = v) }),
    );
    cache.set(page.id, x);
    if (++computed % 100 === 0) process.stderr.write(`  features: ${computed} pages\n`);
  }
  cache.save();
  return new Map(pages.map((p) => [p.id, cache.get(p.id)]));
}
