/**
 * Detection feature vectors for WCXB dev pages, computed with the live `readArticle` code and
 * cached under .cache/ keyed by the source of the modules that shape them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../utils/article/index';
import type { FeatureVector } from '../../utils/article/features';
import { PROJECT_ROOT } from './data-path';
import { withDocument } from './html-document';
import { readWcxbHtml, type WcxbPage } from './wcxb';

const INPUTS = ['features.ts', 'scan.ts', 'extract.ts', 'hints.ts', 'json-ld.ts'];

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

/** Feature vector per page id; pages the reader gave up on map to null. */
export async function wcxbFeatures(pages: WcxbPage[]): Promise<Map<string, FeatureVector | null>> {
  const dir = join(PROJECT_ROOT, '.cache');
  const file = join(dir, `article-features-${sourceHash()}.json`);
  const cached: Record<string, FeatureVector | null> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  let computed = 0;
  for (const page of pages) {
    if (page.id in cached) continue;
    let x: FeatureVector | null = null;
    await withDocument(readWcxbHtml(page), page.url, (doc) =>
      readArticle(doc, page.url, { onFeatures: (v) => (x = v) }),
    );
    cached[page.id] = x;
    if (++computed % 100 === 0) process.stderr.write(`  features: ${computed} pages\n`);
  }
  if (computed > 0) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(cached));
  }
  return new Map(pages.map((p) => [p.id, cached[p.id] ?? null]));
}
