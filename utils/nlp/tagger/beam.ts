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
/** Writes the features of position `i` given the previous label and the one before it. */
export type HistoryFeatureFn = (i: number, prev: number, prev2: number, sink: FeatureSink) => void;

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
  private readonly candParent: Int32Array;

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
    this.candParent = new Int32Array(n * (n + 1));
  }

  /** Extends every hypothesis at position i; `fixed` holds the position scores when active. */
  step(
    i: number,
    active: boolean,
    fixed: Float64Array,
    history: (p: number, p2: number) => Float64Array,
    allowed: Allowed | undefined,
  ): void {
    const { n, width, candScore, candParent } = this;
    if (!active) {
      this.skip(i);
      return;
    }
    candScore.fill(-Infinity);
    for (let k = 0; k < this.count; k++) {
      const p = this.last[k]!;
      const moving = active ? history(p < 0 ? 0 : p, Math.max(0, this.lastPrev[k]!)) : fixed;
      // A skipped position scores nothing and is tagged "O", as in greedy decoding.
      for (let y = 0; y < (active ? n : 1); y++) {
        if (allowed && !allowed(i, p, y)) continue;
        const s = this.score[k]! + (active ? fixed[y]! + moving[y]! : 0);
        const key = y * (n + 1) + p + 1;
        if (s > candScore[key]!) {
          candScore[key] = s;
          candParent[key] = k;
        }
      }
    }
    // The best `width` candidates, best first; ties go to the lower label, as in greedy.
    let taken = 0;
    while (taken < width) {
      let best = -1;
      for (let c = 0; c < candScore.length; c++)
        if (candScore[c]! > -Infinity && (best < 0 || candScore[c]! > candScore[best]!)) best = c;
      if (best < 0) break;
      this.put(i, taken++, candScore[best]!, Math.floor(best / (n + 1)), candParent[best]!);
      candScore[best] = -Infinity;
    }
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

/** Tags `length` positions once per beam width (1 = greedy), in one pass; one result per width. */
export function tagBeams(
  model: LinearModel,
  length: number,
  staticFeatures: StaticFeatureFn,
  historyFeatures: HistoryFeatureFn,
  allowed: Allowed | undefined,
  widths: number[],
): Int32Array[] {
  const n = model.labels.length;
  const buffer = new FeatureBuffer();
  const fixed = new Float64Array(n);
  const beams = widths.map((w) => new Beam(w, n, length));
  let at = 0;
  // History scores per (label, label before) at the current position, shared by the beams.
  const cache = Array.from({ length: n * n }, () => new Float64Array(n));
  const stamp = new Int32Array(n * n).fill(-1);
  const history = (p: number, p2: number): Float64Array => {
    const c = p * n + p2;
    const out = cache[c]!;
    if (stamp[c] === at) return out;
    stamp[c] = at;
    buffer.clear();
    historyFeatures(at, p, p2, buffer);
    model.score(buffer, out);
    return out;
  };
  for (let i = 0; i < length; i++) {
    at = i;
    buffer.clear();
    const active = staticFeatures(i, buffer);
    if (active) model.score(buffer, fixed);
    for (const b of beams) b.step(i, active, fixed, history, allowed);
  }
  return beams.map((b) => b.best(length));
}
