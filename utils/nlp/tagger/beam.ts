/**
 * Beam decoding for a tagger whose features split into a part that depends on the position
 * only and a part that depends on the last two labels. A greedy tagger must commit at every
 * position; the claim role tagger reads right to left and so has to decide where a span ends
 * before it has seen the cue, which a few kept alternatives let it revise. Hypotheses with the
 * same last two labels are merged (their futures score alike), keeping the best. Several beam
 * widths run in one pass over the text, sharing the position features (the costly part); width
 * 1 is greedy decoding exactly. Typed arrays throughout: the decoder runs on every token.
 */
import { FeatureBuffer, type FeatureSink } from './features';
import type { Allowed } from './greedy';
import type { LinearModel } from './model';

/** Writes the features of position `i` that do not depend on labels; false skips it ("O"). */
export type StaticFeatureFn = (i: number, sink: FeatureSink) => boolean;
/**
 * The label-history features in two parts that are scored apart and cached: `pair` depends on
 * the previous two labels only (scored once per text), `prev` on position `i` and the previous
 * label (scored once per position and label, however many hypotheses share that label).
 */
export interface HistoryFeatureFns {
  pair(prev: number, prev2: number, sink: FeatureSink): void;
  prev(i: number, prev: number, sink: FeatureSink): void;
}

/** One beam's state over the text. */
class Beam {
  private score: Float64Array;
  private nextScore: Float64Array;
  private last: Int32Array;
  private lastPrev: Int32Array;
  private nextLast: Int32Array;
  private nextPrev: Int32Array;
  private count = 1;
  private readonly label: Int8Array;
  private readonly parent: Int8Array;
  private readonly candScore: Float64Array;
  /** Parent hypothesis per candidate key, -1 when no hypothesis reached it at this position. */
  private readonly candParent: Int32Array;
  private readonly touched: Int32Array;

  constructor(
    readonly width: number,
    private readonly n: number,
    length: number,
  ) {
    this.score = new Float64Array(width);
    this.nextScore = new Float64Array(width);
    this.last = new Int32Array(width).fill(-1);
    this.lastPrev = new Int32Array(width).fill(-1);
    this.nextLast = new Int32Array(width);
    this.nextPrev = new Int32Array(width);
    this.label = new Int8Array(length * width);
    this.parent = new Int8Array(length * width);
    // A candidate's key is its label and the label before it (-1 at the start).
    this.candScore = new Float64Array(n * (n + 1));
    this.candParent = new Int32Array(n * (n + 1)).fill(-1);
    this.touched = new Int32Array(n * (n + 1));
  }

  /** Extends every hypothesis at position `at.i`, scored by `at` (which skips when inactive). */
  step(at: Position): void {
    const { n, width, candScore, candParent } = this;
    const i = at.i;
    if (!at.active) {
      this.skip(i);
      return;
    }
    const fixed = at.fixed;
    // Only the candidates written at this position are ranked (at most count * n of them).
    const touched = this.touched;
    let m = 0;
    for (let k = 0; k < this.count; k++) {
      const p = this.last[k]!;
      const moving = at.history(p < 0 ? 0 : p, Math.max(0, this.lastPrev[k]!));
      const ok = at.allowedAfter(p);
      const base = this.score[k]!;
      for (let y = 0; y < n; y++) {
        if (!at.ok[ok + y]) continue;
        const s = base + (fixed[y]! + moving[y]!);
        const key = y * (n + 1) + p + 1;
        if (candParent[key]! < 0) {
          candParent[key] = k;
          candScore[key] = s;
          touched[m++] = key;
        } else if (s > candScore[key]!) {
          candScore[key] = s;
          candParent[key] = k;
        }
      }
    }
    // The best `width` candidates, best first; ties go to the lower key (label, then the label
    // before it), as a scan of all keys in order would pick them, and so to the lower label.
    let taken = 0;
    while (taken < width) {
      let best = -1;
      let bestScore = -Infinity;
      for (let t = 0; t < m; t++) {
        const c = touched[t]!;
        const sc = candScore[c]!;
        if (sc > bestScore || (sc === bestScore && sc > -Infinity && c < best)) {
          best = c;
          bestScore = sc;
        }
      }
      if (best < 0) break;
      this.put(i, taken++, bestScore, Math.floor(best / (n + 1)), candParent[best]!);
      candScore[best] = -Infinity;
    }
    for (let t = 0; t < m; t++) candParent[touched[t]!] = -1;
    // Nothing allowed cannot happen while "O" always is; restart from "O" if it ever does.
    if (!taken) this.put(i, taken++, 0, 0, 0);
    [this.score, this.nextScore] = [this.nextScore, this.score];
    [this.last, this.nextLast] = [this.nextLast, this.last];
    [this.lastPrev, this.nextPrev] = [this.nextPrev, this.lastPrev];
    this.count = taken;
  }

  /**
   * A skipped position: every hypothesis goes on with "O" at no score, and those that now end
   * alike ("O" after the same label) merge. The hypotheses stay sorted by score.
   */
  private skip(i: number): void {
    let taken = 0;
    for (let k = 0; k < this.count; k++) {
      let dup = false;
      for (let t = 0; t < taken && !dup; t++) dup = this.nextPrev[t] === this.last[k];
      if (!dup) this.put(i, taken++, this.score[k]!, 0, k);
    }
    [this.score, this.nextScore] = [this.nextScore, this.score];
    [this.last, this.nextLast] = [this.nextLast, this.last];
    [this.lastPrev, this.nextPrev] = [this.nextPrev, this.lastPrev];
    this.count = taken;
  }

  private put(i: number, slot: number, score: number, y: number, k: number): void {
    this.nextScore[slot] = score;
    this.nextLast[slot] = y;
    this.nextPrev[slot] = this.last[k]!;
    this.label[i * this.width + slot] = y;
    this.parent[i * this.width + slot] = k;
  }

  /** The best sequence, read back from the last position. */
  best(length: number): Int32Array {
    const out = new Int32Array(length);
    let k = 0;
    for (let i = length - 1; i >= 0; i--) {
      out[i] = this.label[i * this.width + k]!;
      k = this.parent[i * this.width + k]!;
    }
    return out;
  }
}

/**
 * The scores of one position, shared by the beams: the label-independent scores, and the
 * history scores and allowed labels per previous label(s), each worked out on first demand.
 */
class Position {
  i = -1;
  active = false;
  readonly fixed: Float64Array;
  /** Allowed labels after each previous label p (row p + 1; p = -1 at the start), 1 = allowed. */
  readonly ok: Uint8Array;
  private readonly n: number;
  private readonly buffer = new FeatureBuffer();
  // Scores are summed as integer weight steps and scaled once, as `LinearModel.score` does, so
  // summing the parts apart gives the very same numbers.
  private readonly pairRaw: Int32Array;
  private readonly prevRaw: Int32Array;
  private readonly prevStamp: Int32Array;
  private readonly okStamp: Int32Array;
  private readonly cache: Float64Array[];
  private readonly stamp: Int32Array;

  constructor(
    private readonly model: LinearModel,
    private readonly staticFeatures: StaticFeatureFn,
    private readonly historyFeatures: HistoryFeatureFns,
    private readonly allowed: Allowed | undefined,
  ) {
    const n = (this.n = model.labels.length);
    this.fixed = new Float64Array(n);
    this.pairRaw = new Int32Array(n * n * n);
    for (let c = 0; c < n * n; c++) {
      this.buffer.clear();
      historyFeatures.pair(Math.floor(c / n), c % n, this.buffer);
      model.addRawAll(this.buffer, this.pairRaw, c * n);
    }
    this.prevRaw = new Int32Array(n * n);
    this.prevStamp = new Int32Array(n).fill(-1);
    this.ok = new Uint8Array((n + 1) * n);
    this.okStamp = new Int32Array(n + 1).fill(-1);
    this.cache = Array.from({ length: n * n }, () => new Float64Array(n));
    this.stamp = new Int32Array(n * n).fill(-1);
  }

  /** Moves to position i and scores its label-independent features. */
  moveTo(i: number): void {
    this.i = i;
    this.buffer.clear();
    this.active = this.staticFeatures(i, this.buffer);
    if (this.active) this.model.score(this.buffer, this.fixed);
  }

  /** History scores of every label after labels p and (before it) p2. */
  history(p: number, p2: number): Float64Array {
    const { n, i } = this;
    const c = p * n + p2;
    const out = this.cache[c]!;
    if (this.stamp[c] === i) return out;
    this.stamp[c] = i;
    const prevRaw = this.prevRaw;
    if (this.prevStamp[p] !== i) {
      this.prevStamp[p] = i;
      this.buffer.clear();
      this.historyFeatures.prev(i, p, this.buffer);
      prevRaw.fill(0, p * n, p * n + n);
      this.model.addRawAll(this.buffer, prevRaw, p * n);
    }
    const step = this.model.step;
    for (let y = 0; y < n; y++) out[y] = (this.pairRaw[c * n + y]! + prevRaw[p * n + y]!) * step;
    return out;
  }

  /** The offset in `ok` of the labels allowed after label p (-1 at the start). */
  allowedAfter(p: number): number {
    const { n, i } = this;
    const row = (p + 1) * n;
    if (this.okStamp[p + 1] === i) return row;
    this.okStamp[p + 1] = i;
    for (let y = 0; y < n; y++) this.ok[row + y] = !this.allowed || this.allowed(i, p, y) ? 1 : 0;
    return row;
  }
}

/** Tags `length` positions once per beam width (1 = greedy), in one pass; one result per width. */
export function tagBeams(
  model: LinearModel,
  length: number,
  staticFeatures: StaticFeatureFn,
  historyFeatures: HistoryFeatureFns,
  allowed: Allowed | undefined,
  widths: number[],
): Int32Array[] {
  const beams = widths.map((w) => new Beam(w, model.labels.length, length));
  const at = new Position(model, staticFeatures, historyFeatures, allowed);
  for (let i = 0; i < length; i++) {
    at.moveTo(i);
    for (const b of beams) b.step(at);
  }
  return beams.map((b) => b.best(length));
}
