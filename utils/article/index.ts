/**
 * The article stage: is this page an article, what does it say about itself, and where is its
 * body text in the live DOM. Read-only, bounded in time, and the same code in the content
 * script and in Node (happy-dom).
 */
import { walkBlockSteps } from './blocks';
import { BudgetExceeded, DEFAULT_BUDGET, Deadline, now, type Budget } from './budget';
import { classify } from './detect';
import { chooseContainerSteps, scoreCandidates } from './extract';
import { pageFeatures, type FeatureVector } from './features';
import { readJsonLd } from './json-ld';
import { readMetaTags, readMetadataSteps } from './metadata';
import { markOf, scanSteps } from './scan';
import { pauseWhenDue, runSteps } from './steps';
import { typeCues } from './type-cues';
import type { ArticleMeta, ArticleReading, Detection } from './types';

export type { ArticleMeta, ArticleReading, Detection, TextMap, TextMapSegment } from './types';
export { offsetsFromRange, rangeFromOffsets } from './text-map';
export { watchArticle } from './watch';

/** Milliseconds spent per stage, filled in when passed to `readArticle`. */
export interface ReadTimings {
  scan: number;
  meta: number;
  detect: number;
  extract: number;
  textMap: number;
}

/** Knobs for evaluation and tests; the content script passes none. */
export interface ReadOptions {
  budget?: Partial<Budget>;
  /** Extract a body even when the page is not judged an article (evaluation of all types). */
  forceBody?: boolean;
  timings?: ReadTimings;
  /** Receives the detection feature vector (training). */
  onFeatures?: (x: FeatureVector) => void;
}

function notArticle(reason: string, meta: ArticleMeta = {}): ArticleReading {
  return { detection: { isArticle: false, confidence: 0, signals: [reason] }, meta, body: null };
}

function unreadable(doc: Document): string | null {
  if (!doc || !doc.documentElement) return 'empty-document';
  const type = doc.contentType;
  if (type && !/html/i.test(type)) return `not-html:${type}`;
  const body = doc.body;
  if (!body) return 'no-body';
  if (body.tagName.toUpperCase() === 'FRAMESET') return 'frameset';
  return null;
}

/** Detection, metadata and (for articles) the body text map of `doc`; never throws. */
export function readArticle(
  doc: Document,
  url?: string,
  options: ReadOptions = {},
): ArticleReading {
  return runSteps(readSteps(doc, url, options, () => false));
}

/** Main-thread time in slices: whether this slice is spent, and a pause that starts the next. */
export interface Slicer {
  due(): boolean;
  pause(): Promise<void>;
}

/**
 * `readArticle` in slices: whenever the slicer's slice is spent (inside the page walk or
 * between stages) it pauses, yielding the page's main thread, so no one task holds the page
 * for the whole reading. The time budget counts only Margin's own work, not the pauses.
 */
export async function readArticleSliced(
  doc: Document,
  slicer: Slicer,
  url?: string,
  options: ReadOptions = {},
): Promise<ArticleReading> {
  const steps = readSteps(doc, url, options, () => slicer.due());
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const before = Date.now();
    await slicer.pause();
    step.value.extend(Date.now() - before);
  }
}

/** The stages of one reading; yields its deadline whenever `due()` says to pause. */
function* readSteps(
  doc: Document,
  url: string | undefined,
  options: ReadOptions,
  due: () => boolean,
): Generator<Deadline, ArticleReading> {
  const deadline = new Deadline({ ...DEFAULT_BUDGET, ...options.budget });
  const t = options.timings;
  let meta: ArticleMeta = {};
  try {
    const why = unreadable(doc);
    if (why) return notArticle(why);
    const pageUrl = url ?? doc.URL;
    let t0 = now();
    const scanning = scanSteps(doc.body as HTMLElement, deadline, due);
    let scanned = scanning.next();
    for (; !scanned.done; scanned = scanning.next()) yield deadline;
    const scan = scanned.value;
    if (t) t.scan = now() - t0;
    if (due()) yield deadline;
    t0 = now();
    const headScripts = Array.from(doc.head?.getElementsByTagName('script') ?? []);
    const scripts = [...headScripts, ...markOf(scan, 'SCRIPT')];
    const hasScripts = scripts.length > 0;
    const ld = hasScripts ? readJsonLd(scripts) : [];
    // Each metadata reader is a pass of its own: a page heavy in JSON-LD or <meta> tags
    // may spend a slice on one.
    if (due()) yield deadline;
    const metaTags = readMetaTags(doc, scan);
    if (due()) yield deadline;
    meta = yield* pauseWhenDue(readMetadataSteps(doc, ld, metaTags, scan, pageUrl), due, deadline);
    if (t) t.meta = now() - t0;
    if (due()) yield deadline;
    t0 = now();
    const scores = scoreCandidates(scan);
    if (due()) yield deadline;
    const container = yield* pauseWhenDue(chooseContainerSteps(scan, scores), due, deadline);
    if (t) t.extract = now() - t0;
    if (due()) yield deadline;
    t0 = now();
    // Three slices (the page-type cues, the other features, the model): with the code still
    // cold they took up to 26, 31 and 6 ms on bench:page's pages, too much for one task.
    const cues = typeCues(scan, pageUrl);
    if (due()) yield deadline;
    const x = pageFeatures({
      doc,
      url: pageUrl,
      scan,
      container,
      ld,
      meta: metaTags,
      hasScripts,
      article: meta,
      typeCues: cues,
    });
    options.onFeatures?.(x);
    if (due()) yield deadline;
    const detection: Detection = classify(x);
    if (t) t.detect = now() - t0;
    deadline.check();
    if (!container) return { detection: { ...detection, isArticle: false }, meta, body: null };
    if (!detection.isArticle && !options.forceBody) return { detection, meta, body: null };
    if (due()) yield deadline;
    t0 = now();
    const walk = { title: meta.title, docTitle: doc.title };
    const walking = walkBlockSteps(container.roots, scan, walk, deadline, due);
    let walked = walking.next();
    for (; !walked.done; walked = walking.next()) yield deadline;
    const body = walked.value;
    if (t) t.textMap = now() - t0;
    if (body.text.length === 0) {
      return {
        detection: { ...detection, isArticle: false, signals: ['empty-body'] },
        meta,
        body: null,
      };
    }
    return { detection, meta, body };
  } catch (e) {
    if (e instanceof BudgetExceeded) return notArticle(`gave-up:${e.reason}`, meta);
    return notArticle(`error:${e instanceof Error ? e.message : String(e)}`.slice(0, 200), meta);
  }
}
