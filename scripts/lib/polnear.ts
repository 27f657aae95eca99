/**
 * PolNeAR reader: article text plus BRAT standoff attributions.
 *
 * `T` lines carry Source / Cue / Content spans (possibly discontinuous, "a b;c d"), `E` lines tie
 * one cue to its source and content(s). Offsets in the files count Unicode code points; we convert
 * them to UTF-16 code units so they line up with JavaScript strings and the `Claim` contract.
 * Articles annotated by several annotators (agreement checks) keep one annotation, chosen by
 * file name so every run reads the same data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A half-open character range, UTF-16 code units. */
export interface Range {
  start: number;
  end: number;
}

/** One gold attribution; every role may be split into several ranges. */
export interface GoldAttribution {
  id: string;
  cue: Range[];
  source: Range[];
  content: Range[];
}

/** One article with its gold attributions. */
export interface PolnearDoc {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Root of the shared corpora: `$MARGIN_DATA` or `../shared/data` from the project root. */
export function dataRoot(): string {
  return resolve(process.env.MARGIN_DATA ?? resolve(process.cwd(), '../shared/data'));
}

/** Code-point offset -> UTF-16 offset table, only built when the text has astral characters. */
function offsetMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[Math.min(cp, table.length - 1)] ?? u;
}

/** Shrinks a range so it neither starts nor ends with white space. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const ROLES = new Set(['Source', 'Cue', 'Content']);

/** Parses one `.ann` file against its text. Attributions without a cue are dropped. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const toUtf16 = offsetMapper(text);
  const spans = new Map<string, Range[]>();
  const out: GoldAttribution[] = [];
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols[1]) {
      const [type, ...rest] = cols[1].split(' ');
      if (!type || !ROLES.has(type)) continue;
      const ranges = rest
        .join(' ')
        .split(';')
        .map((part) => part.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isFinite))
        .map(([a, b]) => trimRange(text, { start: toUtf16(a!), end: toUtf16(b!) }))
        .filter((r) => r.end > r.start);
      spans.set(id, ranges);
    } else if (id.startsWith('E') && cols[1]) {
      events.push([id, ...cols[1].trim().split(/\s+/)]);
    }
  }
  for (const [id, ...args] of events) {
    const a: GoldAttribution = { id: id!, cue: [], source: [], content: [] };
    for (const arg of args) {
      const [role, ref] = arg.split(':');
      const ranges = spans.get(ref ?? '') ?? [];
      if (role === 'Cue') a.cue.push(...ranges);
      else if (role === 'Source') a.source.push(...ranges);
      else if (role === 'Content') a.content.push(...ranges);
    }
    if (a.cue.length === 0) continue;
    for (const k of ['cue', 'source', 'content'] as const) a[k].sort((x, y) => x.start - y.start);
    out.push(a);
  }
  return out.sort((x, y) => x.cue[0]!.start - y.cue[0]!.start);
}

/** Loads a split (`train` or `dev`) of PolNeAR, sorted by article name. */
export function loadPolnear(split: string, root = dataRoot()): PolnearDoc[] {
  const dir = join(root, 'polnear', split);
  const annFiles = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const chosen = new Map<string, string>();
  for (const f of annFiles) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!chosen.has(name)) chosen.set(name, f);
  }
  const docs: PolnearDoc[] = [];
  for (const [name, f] of [...chosen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const ann = readFileSync(join(dir, 'attributions', f), 'utf8');
    docs.push({ name, text, attributions: parseAnn(ann, text) });
  }
  return docs;
}

/** An article that several annotators labelled: one attribution list per annotation file. */
export interface MultiAnnotated {
  name: string;
  text: string;
  annotations: GoldAttribution[][];
}

/** The articles of a split with two or more annotation files (PolNeAR's agreement sample). */
export function loadMultiAnnotated(split: string, root = dataRoot()): MultiAnnotated[] {
  const dir = join(root, 'polnear', split);
  const byName = new Map<string, string[]>();
  for (const f of readdirSync(join(dir, 'attributions')).sort()) {
    if (!f.endsWith('.ann')) continue;
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const out: MultiAnnotated[] = [];
  for (const [name, files] of [...byName].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (files.length < 2) continue;
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const annotations = files.map((f) =>
      parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8'), text),
    );
    out.push({ name, text, annotations });
  }
  return out;
}

/** Outer extent of a list of ranges, or null when empty. */
export function extent(ranges: Range[]): Range | null {
  if (ranges.length === 0) return null;
  return {
    start: Math.min(...ranges.map((r) => r.start)),
    end: Math.max(...ranges.map((r) => r.end)),
  };
}

/** Index of the first of `items` (sorted, non-overlapping) that ends after `pos`. */
export function firstEndingAfter(items: Range[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
