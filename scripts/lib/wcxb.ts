/** Loads WCXB dev pages (gzipped HTML plus human-reviewed ground truth) from the shared data. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './data-path';

/** One WCXB page's labels; the HTML is read on demand. */
export interface WcxbPage {
  id: string;
  url: string;
  type: string;
  title: string | null;
  author: string | null;
  published: string | null;
  /** Null on the two dev pages whose ground truth has no main content. */
  mainContent: string | null;
  htmlPath: string;
}

interface GroundTruthFile {
  url: string;
  _internal: { page_type: { primary: string } };
  ground_truth: {
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string;
  };
}

/** All pages of the WCXB dev split, sorted by id. */
export function loadWcxbDev(): WcxbPage[] {
  const root = dataPath('wcxb', 'dev');
  const gtDir = join(root, 'ground-truth');
  return readdirSync(gtDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const gt = JSON.parse(readFileSync(join(gtDir, f), 'utf8')) as GroundTruthFile;
      return {
        id,
        url: gt.url,
        type: gt._internal.page_type.primary,
        title: gt.ground_truth.title ?? null,
        author: gt.ground_truth.author ?? null,
        published: gt.ground_truth.publish_date ?? null,
        mainContent: gt.ground_truth.main_content ?? null,
        htmlPath: join(root, 'html', `${id}.html.gz`),
      };
    });
}

/** The page's saved HTML. */
export function readWcxbHtml(page: WcxbPage): string {
  return gunzipSync(readFileSync(page.htmlPath)).toString('utf8');
}

/** A deterministic, type-stratified subset of about `limit` pages (every k-th of each type). */
export function samplePages<T extends { type: string }>(pages: T[], limit?: number): T[] {
  if (!limit || limit >= pages.length) return pages;
  const share = limit / pages.length;
  const byType = new Map<string, T[]>();
  for (const p of pages) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const out: T[] = [];
  for (const list of byType.values()) {
    const want = Math.max(1, Math.round(list.length * share));
    const step = list.length / want;
    for (let k = 0; k < want; k++) out.push(list[Math.floor(k * step)] as T);
  }
  return out;
}

/** Deterministic fold (0..k-1) of a page: stratified by type through its rank within the type. */
export function foldsByType<T extends { type: string }>(pages: T[], k: number): number[] {
  const seen = new Map<string, number>();
  return pages.map((p) => {
    const n = seen.get(p.type) ?? 0;
    seen.set(p.type, n + 1);
    return n % k;
  });
}
