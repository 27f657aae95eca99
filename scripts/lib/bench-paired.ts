/**
 * bench:page's paired comparison of two builds over the same pages, each page loaded with
 * both in alternating order: on a shared machine the load drifts during a run, and the
 * per-page differences of the two builds cancel most of it, where two separate runs do not.
 */
import type { MarkName, Sample } from '../bench-page';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** `a - b` for each page both samples have the figure for. */
function differences(
  mine: Sample[],
  other: Sample[],
  pick: (s: Sample) => number | null | undefined,
): number[] {
  const byName = new Map(other.map((s) => [s.name, s]));
  return mine.flatMap((s) => {
    const o = byName.get(s.name);
    const a = pick(s);
    const b = o ? pick(o) : undefined;
    return a === null || a === undefined || b === null || b === undefined ? [] : [a - b];
  });
}

/** Lines of the paired summary: median differences and how many pages got earlier. */
export function pairedSummary(mine: Sample[], other: Sample[], marks: MarkName[]): string[] {
  const line = (label: string, d: number[]) =>
    `  ${label.padEnd(28)} median difference ${median(d).toFixed(1).padStart(7)} ms, earlier on ${d.filter((x) => x < 0).length} of ${d.length} pages;`;
  const both = (label: string, pick: (s: Sample) => number | null | undefined) => {
    const a = mine.flatMap((s) => (pick(s) == null ? [] : [pick(s)!]));
    const b = other.flatMap((s) => (pick(s) == null ? [] : [pick(s)!]));
    return `${line(label, differences(mine, other, pick))} medians ${median(a).toFixed(1)} vs ${median(b).toFixed(1)}`;
  };
  const out = [
    both('document_idle -> painted', (s) => s.idlePaintMs),
    both('DOMContentLoaded -> painted', (s) => s.paintMs),
    both("Margin's start -> painted", (s) => s.fromStartMs),
  ];
  for (const name of marks) out.push(both(`mark ${name}`, (s) => s.stages[name]));
  // Stretches between marks, less exposed than the marks to the load's drift before them.
  const gap = (from: MarkName, to: MarkName) => (s: Sample) =>
    s.stages[to] !== undefined && s.stages[from] !== undefined
      ? s.stages[to]! - s.stages[from]!
      : null;
  for (const [from, to] of [
    ['start', 'settings'],
    ['settings', 'detected'],
    ['start', 'detected'],
    ['detected', 'read'],
    ['read', 'painted'],
    ['detected', 'painted'],
  ] as const) {
    out.push(both(`${from} -> ${to}`, gap(from, to)));
  }
  const longest = (xs: Sample[]) => Math.max(0, ...xs.flatMap((s) => s.longTasks));
  out.push(
    `  long tasks from Margin's start: ${mine.flatMap((s) => s.longTasks).length} (longest ${longest(mine).toFixed(0)} ms) vs ${other.flatMap((s) => s.longTasks).length} (longest ${longest(other).toFixed(0)} ms)`,
  );
  const painted = (xs: Sample[]) => xs.filter((s) => !s.article && s.paintMs !== null).length;
  out.push(`  non-articles painted: ${painted(mine)} vs ${painted(other)}`);
  return out;
}
