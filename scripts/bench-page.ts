/**
 * `npm run bench:page`: Margin in real headless Chromium over the seed article and real pages
 * from ../shared/data (or $MARGIN_DATA). Per page: the time from the page's own
 * DOMContentLoaded (navigation timing's domContentLoadedEventStart, t0: at or before both
 * document_end and document_idle, and not a mark Margin sets, so moving Margin's start
 * cannot improve the figure) to highlights painted (`margin:painted`), when each of Margin's
 * marks fell after t0, main-thread long tasks from t0 to a second after painting, and the
 * page's JS heap; plus the content scripts' gzipped sizes and on how many non-articles the
 * reader was injected or painted. The issue's clock, `document_idle`, is reported beside it,
 * measured per page (scripts/lib/idle-probe.ts): just before each timed load, the page is
 * loaded in a second browser that runs only a document_idle probe, and document_idle is its
 * mark's time after that load's response end, applied from the timed load's response end
 * (Margin's tasks cannot delay it there, and work of Margin's before DOMContentLoaded, which
 * would delay it, could not shorten the figure: how much later DOMContentLoaded came than
 * without Margin is reported).
 * Pages are loaded one at a time; the page's own scripts are
 * removed, so long tasks in the window are Margin's (and the browser's layout work for them).
 * Options: --articles N (default 24), --others N (non-articles, default 8), --repeat N (load
 * every page N times, default 1), --against DIR
 * (a second build, e.g. the one before a change: each page is also loaded with it, in
 * alternating order, and the paired differences are printed, scripts/lib/bench-paired.ts),
 * --no-floors (skip the baselines: tiny extensions that paint one highlight as soon as
 * their design allows, each loading every page after Margin's loads, with the same
 * document_idle, scripts/lib/paint-floors.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/e2e/launch-chromium';
import { servePages, warmUp, wcxbPages, type BenchPage } from './lib/bench-pages';
import { idleTiming, writeIdleProbe, type IdleTiming } from './lib/idle-probe';
import { PROJECT_ROOT } from './lib/data-path';
import { pairedSummary } from './lib/bench-paired';
import { writePaintFloors } from './lib/paint-floors';

/** One page's figures with one build. */
export interface Sample {
  name: string;
  article: boolean;
  /** t0 (DOMContentLoaded) to painted, ms. */
  paintMs: number | null;
  /** document_idle (measured without Margin, see the header) to painted, ms. */
  idlePaintMs: number | null;
  /** document_idle, ms after DOMContentLoaded (null: the probe did not run). */
  idleMs: number | null;
  /** How much later DOMContentLoaded came after the response than without Margin, ms. */
  dclShiftMs: number | null;
  /** Margin's own start mark to painted, ms (for comparison with older runs). */
  fromStartMs: number | null;
  longTasks: number[];
  /** Long tasks between t0 and Margin's start: the page's own, not Margin's. */
  pageLongTasks: number[];
  /** The stage each long task started in: the first of Margin's marks after its start. */
  longStages: string[];
  /** Each of Margin's marks, ms after t0. */
  stages: Partial<Record<MarkName, number>>;
  /** The reader used the detector's reading (undefined: no reader ran). */
  handoff?: boolean;
  heapMb: number;
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const argText = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const OBSERVE = `
  globalThis.__name = (f) => f;
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * The content scripts' marks: the detector's start (`idle` in builds that ran at
 * document_idle), settings (the site switch read), likely (cheap signals asked for the reader early), detected (detection +
 * extraction + text map), injected (the reader started: before `detected` when it was
 * injected early), read (the reader took the article), analyzed (message round trip + NLP;
 * of a long article's head, when it is analysed first), painted (the first highlights),
 * painted-all (the whole article's, after the head's).
 */
const MARKS = [
  'start',
  'idle',
  'settings',
  'likely',
  'detected',
  'injected',
  'read',
  'analyzed',
  'painted',
  'painted-all',
] as const;
/** One of Margin's marks. */
export type MarkName = (typeof MARKS)[number];

async function measure(
  page: import('puppeteer-core').Page,
  url: string,
  article: boolean,
  free: IdleTiming | null,
) {
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + (article ? 20_000 : 4_000);
  const readMarks = () =>
    page.evaluate(
      (names) =>
        Object.fromEntries(
          names.map((n) => [n, performance.getEntriesByName(`margin:${n}`)[0]?.startTime]),
        ),
      [...MARKS],
    ) as Promise<Partial<Record<MarkName, number>>>;
  let marks: Partial<Record<MarkName, number>> = {};
  while (Date.now() < deadline) {
    marks = await readMarks();
    // A long article's head is painted first: wait for the whole article's highlights.
    if (marks['painted-all'] !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  marks = await readMarks();
  const long = (await page.evaluate('window.__long')) as [number, number][];
  const handoff = (await page.evaluate(
    () =>
      (performance.getEntriesByName('margin:read')[0] as PerformanceMark | undefined)?.detail
        ?.handoff,
  )) as boolean | undefined;
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { dcl: n.domContentLoadedEventStart, responseEnd: n.responseEnd };
  });
  const t0 = nav.dcl;
  const idleMs = free ? nav.responseEnd + free.idleMs - t0 : null;
  const started = marks.start ?? marks.idle;
  const to = (marks.painted ?? started ?? t0) + 1000;
  const metrics = await page.metrics();
  // Tasks that ended before Margin's script ran are the page's own parsing and first
  // rendering, counted apart; a task running when Margin starts, or later, counts as Margin's.
  const from = started ?? t0;
  const inWindow = long.filter(([start, d]) => start + d >= from && start <= to);
  const before = long.filter(([start, d]) => start + d < from && start + d >= t0);
  return {
    paintMs: marks.painted !== undefined ? marks.painted - t0 : null,
    idlePaintMs:
      marks.painted !== undefined && idleMs !== null ? marks.painted - t0 - idleMs : null,
    idleMs,
    dclShiftMs: free ? t0 - nav.responseEnd - free.dclMs : null,
    fromStartMs:
      marks.painted !== undefined && started !== undefined ? marks.painted - started : null,
    longTasks: inWindow.map(([, d]) => d),
    pageLongTasks: before.map(([, d]) => d),
    longStages: inWindow.map(([start]) => stageAt(marks, start)),
    stages: Object.fromEntries(
      Object.entries(marks).flatMap(([k, v]) => (v === undefined ? [] : [[k, v - t0]])),
    ),
    handoff,
    heapMb: (metrics.JSHeapUsedSize ?? 0) / 1e6,
  };
}

/** The stage a long task started in: the first mark after its start ('after' past all). */
function stageAt(marks: Partial<Record<MarkName, number>>, start: number): string {
  const after = Object.entries(marks)
    .filter(([, at]) => at !== undefined && start < at)
    .sort((a, b) => a[1]! - b[1]!);
  return after[0]?.[0] ?? 'after';
}

/** Margin's marks in time order, each as ms after t0. */
const stageLine = (stages: Partial<Record<MarkName, number>>) =>
  Object.entries(stages)
    .sort((a, b) => a[1]! - b[1]!)
    .map(([k, v]) => `${k} ${v!.toFixed(0)}`)
    .join(' | ');

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};

async function main(): Promise<void> {
  const ext = process.env.MARGIN_CHROME_EXT ?? join(PROJECT_ROOT, '.output', 'chrome-mv3');
  // A build from before the split has no reader bundle (its content script did everything).
  const bundle = (name: string) => {
    const file = join(ext, 'content-scripts', name);
    return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  };
  // The always-on detector (every page) and the reader the background injects into articles.
  const detector = bundle('content.js');
  const reader = bundle('reader.js');
  const seed: BenchPage = {
    name: 'seed',
    html: readFileSync(join(PROJECT_ROOT, 'tests/fixtures/pages/seed-article/source.html'), 'utf8'),
    article: true,
  };
  const pages = [seed, ...wcxbPages(arg('articles', 24), arg('others', 8))];
  const server = await servePages(pages);
  const probe = writeIdleProbe();
  // The probe's browser runs no Margin: where document_idle falls on each page without it.
  const idleBrowser = await launchChromium(probe.dir);
  const eb = await launchChromium(ext);
  const floorKit = process.argv.includes('--no-floors') ? null : writePaintFloors();
  const floors = floorKit?.floors ?? [];
  const floorSamples = floors.map(() => [] as Sample[]);
  // Each page's document_idle, measured once, for the baselines' loads too.
  const frees: (IdleTiming | null)[] = [];
  const againstDir = argText('against');
  const other = againstDir ? await launchChromium(againstDir) : null;
  const samples: Sample[] = [];
  const otherSamples: Sample[] = [];
  const load = async (
    browser: import('puppeteer-core').Browser,
    i: number,
    free: IdleTiming | null,
  ) => {
    const p = pages[i]!;
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(OBSERVE);
    try {
      return {
        name: p.name,
        article: p.article,
        ...(await measure(page, server.url(i), p.article, free)),
      };
    } catch (error) {
      console.error(`${p.name}: ${String(error)}`);
      return null;
    } finally {
      await page.close();
    }
  };
  let closed = false;
  try {
    await warmUp(idleBrowser.browser, server);
    await warmUp(eb.browser, server);
    if (other) await warmUp(other.browser, server);
    const rounds = arg('repeat', 1);
    for (let n = 0; n < pages.length * rounds; n++) {
      const i = n % pages.length;
      const round = Math.floor(n / pages.length);
      const named = (s: Sample | null) =>
        s && rounds > 1 ? { ...s, name: `${s.name}#${round + 1}` } : s;
      const free = await idleTiming(idleBrowser.browser, server.url(i));
      frees.push(free);
      // Paired runs alternate which build loads the page first.
      const otherFirst = (i + round) % 2 === 0;
      if (other && otherFirst) otherSamples.push(named(await load(other.browser, i, free))!);
      const mine = named(await load(eb.browser, i, free));
      if (mine) samples.push(mine);
      if (other && !otherFirst) otherSamples.push(named(await load(other.browser, i, free))!);
      const s = mine;
      if (s) {
        const paint = s.paintMs === null ? 'not painted' : `${s.paintMs.toFixed(1)} ms`;
        const fromIdle =
          s.idlePaintMs === null ? '' : `, ${s.idlePaintMs.toFixed(1)} ms from document_idle`;
        console.log(
          `${s.name.padEnd(10)} ${s.article ? 'article' : 'other  '} ${paint.padStart(12)}  long tasks ${s.longTasks.map((d, j) => `${d.toFixed(0)}@${s.longStages[j]}`).join(',') || '-'}  heap ${s.heapMb.toFixed(1)} MB  ${stageLine(s.stages)}${s.handoff === false ? ' (read again: no handoff)' : ''}  document_idle ${s.idleMs?.toFixed(0) ?? 'not seen'}${fromIdle}`,
        );
      }
    }
    await Promise.all([eb.close(), other?.close()]);
    closed = true;
    // The baselines after Margin, one browser at a time: idle browsers beside it are load.
    for (const [k, f] of floors.entries()) {
      const floor = await launchChromium(f.dir);
      try {
        await warmUp(floor.browser, server);
        for (let n = 0; n < frees.length; n++) {
          const s = await load(floor.browser, n % pages.length, frees[n]!);
          if (s) floorSamples[k]!.push(s);
        }
      } finally {
        await floor.close();
      }
    }
  } finally {
    if (!closed) await Promise.all([eb.close(), other?.close()]);
    await idleBrowser.close();
    await server.close();
    probe.remove();
    floorKit?.remove();
  }
  const painted = samples.filter((s) => s.paintMs !== null).map((s) => s.paintMs!);
  const fromStart = samples.flatMap((s) => (s.fromStartMs === null ? [] : [s.fromStartMs]));
  const others = samples.filter((s) => !s.article);
  const long = samples.flatMap((s) => s.longTasks);
  const heaps = samples.map((s) => s.heapMb);
  const kb = (bytes: Buffer) =>
    `${(bytes.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
  console.log('\n--- summary');
  console.log(
    `pages: ${samples.length} (${samples.filter((s) => s.article).length} labelled articles), painted on ${painted.length}`,
  );
  console.log(
    `DOMContentLoaded (t0) -> highlights painted: median ${pct(painted, 50).toFixed(1)} ms, p95 ${pct(painted, 95).toFixed(1)} ms (target median <= 50 ms)`,
  );
  const fromIdle = samples.flatMap((s) => (s.idlePaintMs === null ? [] : [s.idlePaintMs]));
  const idles = samples.flatMap((s) => (s.idleMs === null ? [] : [s.idleMs]));
  const shifts = samples.flatMap((s) => (s.dclShiftMs === null ? [] : [s.dclShiftMs]));
  console.log(
    `document_idle -> highlights painted: median ${pct(fromIdle, 50).toFixed(1)} ms, p95 ${pct(fromIdle, 95).toFixed(1)} ms (target median <= 50 ms)`,
  );
  // The baselines over the pages Margin painted, by both clocks: document_idle is measured in
  // another load of the page, so its figures carry that load's spread as well.
  const paintedNames = new Set(samples.filter((s) => s.paintMs !== null).map((s) => s.name));
  for (const [k, f] of floors.entries()) {
    const theirs = floorSamples[k]!.filter((s) => paintedNames.has(s.name));
    const idle = theirs.flatMap((s) => (s.idlePaintMs === null ? [] : [s.idlePaintMs]));
    const dcl = theirs.flatMap((s) => (s.paintMs === null ? [] : [s.paintMs]));
    const [floorIdle, floorDcl] = [pct(idle, 50), pct(dcl, 50)];
    const [mineIdle, mineDcl] = [pct(fromIdle, 50), pct(painted, 50)];
    console.log(
      `  baseline, one highlight ${f.name}: from document_idle median ${floorIdle.toFixed(1)} ms (p95 ${pct(idle, 95).toFixed(1)}), Margin ${(mineIdle - floorIdle).toFixed(1)} ms later; from DOMContentLoaded median ${floorDcl.toFixed(1)} ms, Margin ${(mineDcl - floorDcl).toFixed(1)} ms later (${(mineDcl / floorDcl).toFixed(1)}x); over ${theirs.length} pages`,
    );
  }
  console.log(
    `  document_idle after DOMContentLoaded: median ${pct(idles, 50).toFixed(1)} ms, p95 ${pct(idles, 95).toFixed(1)} ms over ${idles.length} pages (measured per page by a document_idle probe in a browser without Margin)`,
  );
  const whole = samples.flatMap((s) =>
    s.stages['painted-all'] === undefined ? [] : [s.stages['painted-all']],
  );
  const wholeFromIdle = samples.flatMap((s) =>
    s.stages['painted-all'] === undefined || s.idleMs === null
      ? []
      : [s.stages['painted-all'] - s.idleMs],
  );
  console.log(
    `  whole article painted (a long article's head is painted first): from DOMContentLoaded median ${pct(whole, 50).toFixed(1)} ms, p95 ${pct(whole, 95).toFixed(1)} ms; from document_idle median ${pct(wholeFromIdle, 50).toFixed(1)} ms, p95 ${pct(wholeFromIdle, 95).toFixed(1)} ms over ${whole.length} pages`,
  );
  console.log(
    `  DOMContentLoaded later than without Margin (measured from the response's end): median ${pct(shifts, 50).toFixed(1)} ms, p95 ${pct(shifts, 95).toFixed(1)} ms`,
  );
  console.log(
    `  Margin's own start mark -> painted: median ${pct(fromStart, 50).toFixed(1)} ms, p95 ${pct(fromStart, 95).toFixed(1)} ms`,
  );
  console.log(
    `non-articles (labelled): ${others.length}, reader injected on ${others.filter((s) => s.stages.injected !== undefined).length}, painted on ${others.filter((s) => s.paintMs !== null).length}`,
  );
  console.log(
    `long tasks from Margin's start to a second after painting: ${long.length}, longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms (target: none over 50 ms)`,
  );
  const own = samples.flatMap((s) => s.pageLongTasks);
  console.log(
    `  the page's own, between t0 and Margin's start: ${own.length}${own.length ? `, longest ${Math.max(...own).toFixed(0)} ms` : ''}`,
  );
  console.log(
    `always-on content script (detector): ${kb(detector)}, loaded on every page (target <= 20 KB gz on non-articles)`,
  );
  console.log(`reader, injected into articles only: ${kb(reader)}`);
  console.log('marks, ms after t0 (over the painted pages):');
  const paintedSamples = samples.filter((s) => s.paintMs !== null);
  for (const name of MARKS) {
    const xs = paintedSamples.flatMap((s) =>
      s.stages[name] === undefined ? [] : [s.stages[name]!],
    );
    if (xs.length === 0) continue;
    const longs = samples.flatMap((s) => s.longTasks.filter((_, j) => s.longStages[j] === name));
    console.log(
      `  ${name.padEnd(9)} median ${pct(xs, 50).toFixed(1).padStart(6)} ms, p95 ${pct(xs, 95).toFixed(1).padStart(6)} ms over ${xs.length} pages; long tasks before it (all pages): ${longs.length}${longs.length ? `, longest ${Math.max(...longs).toFixed(0)} ms` : ''}`,
    );
  }
  const after = samples.flatMap((s) => s.longTasks.filter((_, j) => s.longStages[j] === 'after'));
  console.log(`  long tasks in the second after painting: ${after.length}`);
  console.log(
    `page JS heap after painting: median ${pct(heaps, 50).toFixed(1)} MB, max ${Math.max(...heaps).toFixed(1)} MB`,
  );
  if (againstDir) {
    console.log(`\n--- paired against ${againstDir} (this build minus that one, same pages)`);
    for (const line of pairedSummary(samples, otherSamples.filter(Boolean), [...MARKS])) {
      console.log(line);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
