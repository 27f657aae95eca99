/**
 * Measures Margin's article stage against Mozilla Readability 0.6 on the same pages in the
 * same run: detection on WCXB dev page types, WCXB word F1 (article pages and per type),
 * title/byline/date accuracy (WCXB ground truth and readability-pages' expected metadata),
 * and time per page. Usage: npm run eval:article [-- --limit N] [--no-readability]
 * Data: ../shared/data or $MARGIN_DATA.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { DETECTION_MODEL } from '../utils/article/detect';
import { readArticle, type ReadTimings } from '../utils/article/index';
import { FeatureCache } from './lib/article-features';
import { bylineMatches, dateMatches, mean, quantiles, titleMatches } from './lib/article-match';
import { dataPath } from './lib/data-path';
import { detectionFigures } from './lib/detection-metrics';
import { NODE_BUDGET, happyDomSafeHtml } from './lib/happy-dom-html';
import { PLACEHOLDER_URL, withDocument } from './lib/html-document';
import { loadWcxbDev, readWcxbHtml, samplePages, type WcxbPage } from './lib/wcxb';
import { wordF1 } from './lib/word-f1';

interface Side {
  isArticle: boolean;
  f1: number;
  title?: string;
  byline?: string;
  published?: string;
  modified?: string;
  ms: Record<string, number>;
  failed?: string;
}

interface PageResult {
  page: WcxbPage;
  margin: Side;
  readability: Side | null;
}

const features = new FeatureCache();

function runMargin(doc: Document, page: WcxbPage, reference: string): Side {
  const t: ReadTimings = { scan: 0, meta: 0, extract: 0, detect: 0, textMap: 0 };
  let x: number[] | null = null;
  const t0 = performance.now();
  const r = readArticle(doc, page.url, {
    budget: NODE_BUDGET,
    timings: t,
    forceBody: true,
    onFeatures: (v) => (x = v),
  });
  const total = performance.now() - t0;
  features.set(page.id, x);
  const gaveUp = r.detection.signals?.find((s) => s.startsWith('gave-up') || s.startsWith('error'));
  return {
    isArticle: r.detection.isArticle,
    f1: wordF1(r.body?.text ?? '', reference),
    ...r.meta,
    ms: {
      detection: t.scan + t.meta + t.extract + t.detect,
      extraction: t.extract,
      textMap: t.textMap,
      total,
    },
    failed: gaveUp,
  };
}

function runReadability(doc: Document, reference: string): Side {
  let t0 = performance.now();
  const readerable = isProbablyReaderable(doc);
  const detectMs = performance.now() - t0;
  try {
    t0 = performance.now();
    const clone = doc.cloneNode(true) as Document;
    const cloneMs = performance.now() - t0;
    t0 = performance.now();
    const parsed = new Readability(clone).parse();
    const parseMs = performance.now() - t0;
    return {
      isArticle: readerable,
      f1: wordF1(parsed?.textContent ?? '', reference),
      title: parsed?.title ?? undefined,
      byline: parsed?.byline ?? undefined,
      published: parsed?.publishedTime ?? undefined,
      ms: { detection: detectMs, clone: cloneMs, parse: parseMs },
    };
  } catch (e) {
    return { isArticle: readerable, f1: 0, ms: { detection: detectMs }, failed: String(e) };
  }
}

async function evalWcxb(pages: WcxbPage[], withReadability: boolean): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const page of pages) {
    const reference = page.mainContent ?? '';
    const result = await withDocument(happyDomSafeHtml(readWcxbHtml(page)), page.url, (doc) => ({
      page,
      margin: runMargin(doc, page, reference),
      readability: withReadability ? runReadability(doc, reference) : null,
    }));
    out.push(result);
    if (out.length % 100 === 0) process.stderr.write(`  ${out.length}/${pages.length} pages\n`);
  }
  return out;
}

const pct = (n: number) => (100 * n).toFixed(1).padStart(6);
const num = (n: number) => n.toFixed(3).padStart(6);
const ms = (n: number) => n.toFixed(1).padStart(7);

function row(label: string, a: string, b: string): void {
  console.log(`  ${label.padEnd(40)} ${a.padStart(12)} ${b.padStart(12)}`);
}

function sides(): [string, (r: PageResult) => Side | null][] {
  return [
    ['Margin', (r) => r.margin],
    ['Readability', (r) => r.readability],
  ];
}

function reportDetection(results: PageResult[]): void {
  const gold = results.map((r) => r.page.type === 'article');
  console.log('\nDetection (article vs the six other WCXB page types)');
  row('', 'Margin', 'Readability');
  const figs = sides().map(([, get]) =>
    results[0] && get(results[0])
      ? detectionFigures(
          results.map((r) => get(r)!.isArticle),
          gold,
        )
      : null,
  );
  for (const key of ['precision', 'recall', 'f1', 'specificity'] as const) {
    row(key, figs[0] ? num(figs[0][key]) : '-', figs[1] ? num(figs[1][key]) : '-');
  }
  const cv = DETECTION_MODEL.cv;
  if (cv) {
    console.log(
      `  (Margin's model was fitted on WCXB dev; its nested 5-fold CV estimate is P ${num(cv.precision)} ` +
        `R ${num(cv.recall)} F1 ${num(cv.f1)} specificity ${num(cv.specificity)})`,
    );
  }
  const types = [...new Set(results.map((r) => r.page.type))].sort();
  for (const type of types) {
    const of = results.filter((r) => r.page.type === type);
    const share = (get: (r: PageResult) => Side | null) =>
      get(of[0]!) ? pct(mean(of.map((r) => (get(r)!.isArticle ? 1 : 0)))) + '%' : '-';
    row(
      `judged article: ${type} (${of.length})`,
      share((r) => r.margin),
      share((r) => r.readability),
    );
  }
  const gaveUp = results.filter((r) => r.margin.failed).length;
  const rdFailed = results.filter((r) => r.readability?.failed).length;
  row('gave up / failed', String(gaveUp), String(rdFailed));
}

function reportF1(results: PageResult[]): void {
  console.log('\nWCXB word F1 (mean over pages; bodies extracted whatever the detector says)');
  row('', 'Margin', 'Readability');
  const scored = results.filter((r) => r.page.mainContent !== null);
  const types = [
    'article',
    ...new Set(scored.map((r) => r.page.type).filter((t) => t !== 'article')),
  ];
  for (const type of types) {
    const of = scored.filter((r) => r.page.type === type);
    const f = (get: (r: PageResult) => Side | null) =>
      of[0] && get(of[0]) ? num(mean(of.map((r) => get(r)!.f1))) : '-';
    row(
      `${type} (${of.length})`,
      f((r) => r.margin),
      f((r) => r.readability),
    );
  }
  const arts = scored.filter((r) => r.page.type === 'article');
  const e2e = mean(arts.map((r) => (r.margin.isArticle ? r.margin.f1 : 0)));
  row('article, end to end (0 when not detected)', num(e2e), '');
  row(
    'all pages',
    num(mean(scored.map((r) => r.margin.f1))),
    results[0]?.readability ? num(mean(scored.map((r) => r.readability!.f1))) : '-',
  );
}

function reportMeta(results: PageResult[]): void {
  console.log('\nMetadata vs WCXB ground truth (article pages where the truth is given)');
  row('', 'Margin', 'Readability');
  const arts = results.filter((r) => r.page.type === 'article');
  const checks: [string, (r: PageResult) => string | null, (s: Side, w: string) => boolean][] = [
    ['title', (r) => r.page.title, (s, w) => titleMatches(s.title, w)],
    ['byline', (r) => r.page.author, (s, w) => bylineMatches(s.byline, w)],
    ['published date', (r) => r.page.published, (s, w) => dateMatches(s.published, w)],
    // WCXB's publish_date is the date the page shows, often its "Updated" date.
    [
      'published or modified date',
      (r) => r.page.published,
      (s, w) => dateMatches(s.published, w) || dateMatches(s.modified, w),
    ],
  ];
  for (const [label, want, ok] of checks) {
    const of = arts.filter((r) => want(r));
    const acc = (get: (r: PageResult) => Side | null) =>
      of[0] && get(of[0]) ? pct(mean(of.map((r) => (ok(get(r)!, want(r)!) ? 1 : 0)))) + '%' : '-';
    row(
      `${label} (${of.length})`,
      acc((r) => r.margin),
      acc((r) => r.readability),
    );
  }
}

async function reportReadabilityPages(withReadability: boolean): Promise<void> {
  const root = dataPath('readability-pages');
  const dirs = readdirSync(root)
    .filter((d) => !d.includes('.'))
    .sort();
  let titleOk = [0, 0];
  let bylineOk = [0, 0];
  let nTitle = 0;
  let nByline = 0;
  for (const d of dirs) {
    const html = readFileSync(join(root, d, 'source.html'), 'utf8');
    const want = JSON.parse(readFileSync(join(root, d, 'expected-metadata.json'), 'utf8'));
    await withDocument(happyDomSafeHtml(html), PLACEHOLDER_URL, (doc) => {
      const ours = readArticle(doc, undefined, { budget: NODE_BUDGET }).meta;
      const theirs = withReadability ? runReadability(doc, '') : null;
      if (want.title) {
        nTitle++;
        titleOk = [
          titleOk[0]! + +titleMatches(ours.title, want.title),
          titleOk[1]! + +titleMatches(theirs?.title, want.title),
        ];
      }
      if (want.byline) {
        nByline++;
        bylineOk = [
          bylineOk[0]! + +bylineMatches(ours.byline, want.byline),
          bylineOk[1]! + +bylineMatches(theirs?.byline, want.byline),
        ];
      }
    });
  }
  console.log(`\nMetadata vs readability-pages expected-metadata.json (${dirs.length} pages)`);
  row('', 'Margin', 'Readability');
  row(
    `title (${nTitle})`,
    pct(titleOk[0]! / nTitle) + '%',
    withReadability ? pct(titleOk[1]! / nTitle) + '%' : '-',
  );
  row(
    `byline (${nByline})`,
    pct(bylineOk[0]! / nByline) + '%',
    withReadability ? pct(bylineOk[1]! / nByline) + '%' : '-',
  );
}

function reportTime(results: PageResult[]): void {
  console.log('\nTime per WCXB page in Node/happy-dom, ms (median / p95)');
  const q = (xs: number[]) => quantiles(xs);
  const m = (k: string) => q(results.map((r) => r.margin.ms[k] ?? 0));
  const rd = (k: string) =>
    q(results.filter((r) => r.readability?.ms[k] !== undefined).map((r) => r.readability!.ms[k]!));
  const line = (label: string, x: { median: number; p95: number }) =>
    console.log(`  ${label.padEnd(46)} ${ms(x.median)} ${ms(x.p95)}`);
  line('Margin detection (scan+meta+container+features)', m('detection'));
  line('Margin extraction (container scoring)', m('extraction'));
  line('Margin text map (block walk)', m('textMap'));
  line('Margin total readArticle', m('total'));
  if (!results[0]?.readability) return;
  line('Readability isProbablyReaderable', rd('detection'));
  line('Readability document clone', rd('clone'));
  line('Readability parse (without clone)', rd('parse'));
  const ratio = m('total').median / rd('parse').median;
  console.log(
    `  median ratio Margin total / Readability parse: ${ratio.toFixed(3)} (target <= 0.200)`,
  );
}

function reportWorst(results: PageResult[], n: number): void {
  console.log(`\nLowest Margin word F1 on article pages`);
  const arts = results.filter((r) => r.page.type === 'article' && r.page.mainContent !== null);
  for (const r of arts.sort((a, b) => a.margin.f1 - b.margin.f1).slice(0, n)) {
    console.log(`  ${r.page.id} ${num(r.margin.f1)} ${r.page.url}`);
  }
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--limit');
  const limit = i >= 0 ? Number(process.argv[i + 1]) : undefined;
  const withReadability = !process.argv.includes('--no-readability');
  const pages = samplePages(loadWcxbDev(), limit);
  console.log(
    `eval:article on ${pages.length} WCXB dev pages${limit ? ' (stratified sample)' : ''}`,
  );
  const results = await evalWcxb(pages, withReadability);
  features.save();
  reportDetection(results);
  reportF1(results);
  reportMeta(results);
  reportTime(results);
  const w = process.argv.indexOf('--worst');
  if (w >= 0) reportWorst(results, Number(process.argv[w + 1]));
  if (!process.argv.includes('--no-readability-pages'))
    await reportReadabilityPages(withReadability);
}

void main();
