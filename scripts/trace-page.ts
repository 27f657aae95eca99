/**
 * What the long tasks on bench:page's pages are made of: loads each page in headless Chromium
 * with a devtools timeline trace and prints, for every main-thread task over 50 ms, the last
 * Margin mark before it and its parts over 3 ms (script evaluation and compilation per file,
 * style recalculation, layout, paint, garbage collection, HTML parsing). With --profile it also
 * samples the CPU and prints, from DOMContentLoaded on, each stretch between Margin's marks: busy
 * and idle time and the functions with the most self time (scripts/lib/trace-profile.ts).
 * Usage: npx tsx scripts/trace-page.ts [--pages seed,wcxb/0002,...] [--profile]
 * (default: all bench pages)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/launch-chromium';
import { servePages, warmUp, wcxbPages, type BenchPage } from './lib/bench-pages';
import { PROJECT_ROOT } from './lib/data-path';
import { stretches, type ProfileTraceEvent } from './lib/trace-profile';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const LONG_US = 50_000;
const PART_US = 3_000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
const PARTS =
  /^(EvaluateScript|v8\.compile|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|ParseHTML|MinorGC|MajorGC|EventDispatch)$/;

/** ' (forced by file.js)' when `e` lies inside a script call, else ''. */
function forcedBy(main: TraceEvent[], e: TraceEvent): string {
  const call = main.find(
    (c) =>
      (c.name === 'FunctionCall' || c.name === 'EvaluateScript') &&
      c.ph === 'X' &&
      c.ts <= e.ts &&
      c.ts + (c.dur ?? 0) >= e.ts + (e.dur ?? 0),
  );
  const file = call?.args?.data?.url?.split('/').pop();
  return call ? ` (forced by ${file || 'a script'})` : '';
}

/** One line per long task of the renderer's main thread. */
function longTasks(events: TraceEvent[]): string[] {
  // The page's main thread is the one that parsed its HTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) return [];
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const marks = main
    .filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('margin:'))
    .sort((a, b) => a.ts - b.ts);
  return main
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > LONG_US)
    .map((task) => {
      const end = task.ts + task.dur!;
      const parts = main
        .filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > PART_US)
        .filter((e) => PARTS.test(e.name))
        .map((e) => {
          const file = e.args?.data?.url?.split('/').pop();
          // Style or layout inside a script call was forced by that script.
          const by = /^(UpdateLayoutTree|Layout)$/.test(e.name) ? forcedBy(main, e) : '';
          return `${e.name}${file ? `@${file}` : ''}${by} ${(e.dur! / 1000).toFixed(0)}`;
        });
      const after = marks.filter((m) => m.ts <= task.ts).pop()?.name ?? 'before Margin';
      return `  ${(task.dur! / 1000).toFixed(0)} ms task, after ${after}: ${parts.join(', ') || '(script only)'}`;
    });
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--pages');
  const wanted = i > 0 ? (process.argv[i + 1] ?? '').split(',') : [];
  const seed: BenchPage = {
    name: 'seed',
    html: readFileSync(join(PROJECT_ROOT, 'tests/fixtures/pages/seed-article/source.html'), 'utf8'),
    article: true,
  };
  const all = [seed, ...wcxbPages(24, 8)];
  const pages = wanted.length ? all.filter((p) => wanted.includes(p.name)) : all;
  const profile = process.argv.includes('--profile');
  const categories = [...CATEGORIES, 'blink.user_timing'];
  if (profile) categories.push('disabled-by-default-v8.cpu_profiler');
  const server = await servePages(pages);
  const ext = process.env.MARGIN_CHROME_EXT ?? join(PROJECT_ROOT, '.output', 'chrome-mv3');
  const eb = await launchChromium(ext);
  try {
    await warmUp(eb.browser, server);
    for (const [n, p] of pages.entries()) {
      const page = await eb.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.tracing.start({ categories });
      await page.goto(server.url(n), { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const raw = await page.tracing.stop();
      await page.close();
      const { traceEvents } = JSON.parse(Buffer.from(raw ?? []).toString('utf8')) as {
        traceEvents: TraceEvent[];
      };
      const lines = longTasks(traceEvents);
      console.log(`${p.name}: ${lines.length} long tasks`);
      for (const line of lines) console.log(line);
      if (!profile) continue;
      for (const s of stretches(traceEvents as unknown as ProfileTraceEvent[])) {
        const top = s.top.map(([fn, ms]) => `${fn} ${ms.toFixed(1)}`).join(', ');
        console.log(
          `  from ${s.from} (${s.at.toFixed(0)} ms): busy ${s.busyMs.toFixed(1)} ms, idle ${s.idleMs.toFixed(1)} ms; ${top}`,
        );
      }
    }
  } finally {
    await eb.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
