/**
 * Attribution scores in PolNeAR's terms: sentence detection, cue spans (exact and overlap,
 * one-to-one), source accuracy on matched cues, content word tokens, and end-to-end relations.
 * Counts accumulate over documents so the figures are micro-averaged over the whole split.
 */
import type { GoldAttribution, Range } from './polnear';
import { extent, firstEndingAfter, trimRange } from './polnear';

/** A predicted attribution reduced to ranges. */
export interface PredAttribution {
  cue: Range;
  source: Range | null;
  content: Range[];
}

/** True/false positive and false negative counts. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Running totals for one system. */
export interface Tally {
  sentence: Counts;
  cueExact: Counts;
  cueOverlap: Counts;
  content: Counts;
  endToEnd: Counts;
  matchedCues: number;
  sourceOverlap: number;
  sourceExact: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** A fresh, empty tally. */
export function newTally(): Tally {
  return {
    sentence: zero(),
    cueExact: zero(),
    cueOverlap: zero(),
    content: zero(),
    endToEnd: zero(),
    matchedCues: 0,
    sourceOverlap: 0,
    sourceExact: 0,
  };
}

/** Precision, recall and F1 in percent. */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Word tokens of a text, as ranges; punctuation is not scored. */
export function wordRanges(text: string): Range[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const overlapLen = (a: Range, b: Range): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const sameRange = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;

/** Indices of the words covered by any of the ranges (words lie wholly inside). */
function wordsIn(words: Range[], ranges: Range[]): Set<number> {
  const out = new Set<number>();
  for (const r of ranges) {
    const lo = firstEndingAfter(words, r.start);
    for (let i = lo; i < words.length && words[i]!.start < r.end; i++) {
      if (words[i]!.start >= r.start && words[i]!.end <= r.end) out.add(i);
    }
  }
  return out;
}

function add(c: Counts, tp: number, fp: number, fn: number): void {
  c.tp += tp;
  c.fp += fp;
  c.fn += fn;
}

/** Greedy one-to-one matching, best-scoring pairs first; returns [goldIndex, predIndex] pairs. */
function match(nGold: number, nPred: number, score: (g: number, p: number) => number): number[][] {
  const pairs: number[][] = [];
  for (let g = 0; g < nGold; g++)
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s > 0) pairs.push([s, g, p]);
    }
  pairs.sort((a, b) => b[0]! - a[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: number[][] = [];
  for (const [, g, p] of pairs) {
    if (usedG.has(g!) || usedP.has(p!)) continue;
    usedG.add(g!);
    usedP.add(p!);
    out.push([g!, p!]);
  }
  return out;
}

function sourceOk(gold: GoldAttribution, pred: PredAttribution, exact: boolean): boolean {
  const g = extent(gold.source);
  if (!g || !pred.source) return !g && !pred.source;
  return exact ? sameRange(g, pred.source) : gold.source.some((r) => overlaps(r, pred.source!));
}

function tokenF1(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return a.size + b.size ? (2 * inter) / (a.size + b.size) : 1;
}

/** Scores one document's predictions against its gold attributions. */
export function scoreDoc(
  t: Tally,
  text: string,
  sentences: Range[],
  gold: GoldAttribution[],
  predRaw: PredAttribution[],
): void {
  const pred = predRaw.map((p) => ({
    cue: trimRange(text, p.cue),
    source: p.source ? trimRange(text, p.source) : null,
    content: p.content.map((r) => trimRange(text, r)),
  }));
  const gCue = gold.map((g) => extent(g.cue)!);
  for (const s of sentences) {
    const inG = gCue.some((c) => overlaps(c, s));
    const inP = pred.some((p) => overlaps(p.cue, s));
    add(t.sentence, inG && inP ? 1 : 0, !inG && inP ? 1 : 0, inG && !inP ? 1 : 0);
  }
  const exact = match(gold.length, pred.length, (g, p) =>
    sameRange(gCue[g]!, pred[p]!.cue) ? 1 : 0,
  );
  add(t.cueExact, exact.length, pred.length - exact.length, gold.length - exact.length);
  const ov = match(gold.length, pred.length, (g, p) => overlapLen(gCue[g]!, pred[p]!.cue));
  add(t.cueOverlap, ov.length, pred.length - ov.length, gold.length - ov.length);
  for (const [g, p] of ov) {
    t.matchedCues++;
    if (sourceOk(gold[g!]!, pred[p!]!, false)) t.sourceOverlap++;
    if (sourceOk(gold[g!]!, pred[p!]!, true)) t.sourceExact++;
  }
  const words = wordRanges(text);
  const gAll = wordsIn(
    words,
    gold.flatMap((g) => g.content),
  );
  const pAll = wordsIn(
    words,
    pred.flatMap((p) => p.content),
  );
  let inter = 0;
  for (const w of pAll) if (gAll.has(w)) inter++;
  add(t.content, inter, pAll.size - inter, gAll.size - inter);
  const gWords = gold.map((g) => wordsIn(words, g.content));
  const pWords = pred.map((p) => wordsIn(words, p.content));
  const e2e = match(gold.length, pred.length, (g, p) => {
    if (!overlaps(gCue[g]!, pred[p]!.cue) || !sourceOk(gold[g]!, pred[p]!, false)) return 0;
    const f = tokenF1(gWords[g]!, pWords[p]!);
    return f >= 0.5 ? f : 0;
  });
  add(t.endToEnd, e2e.length, pred.length - e2e.length, gold.length - e2e.length);
}
