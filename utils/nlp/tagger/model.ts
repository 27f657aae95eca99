/**
 * A linear multi-class scorer over hashed features, stored as one open-addressing table: each
 * slot holds the feature hash and its label weights as int16 steps, side by side, so a lookup
 * touches one cache line. The table is also the file format, so loading a model is a base64
 * decode and no per-row work (first-call latency matters in a content script).
 */
import type { FeatureBuffer } from './features';

const FILTER_BITS = 19;
const FILTER_MASK = 2 ** FILTER_BITS - 1;

/** Weights of a trained tagger: a row of `labels.length` weights per known feature hash. */
export class LinearModel {
  /** int16 units per slot: the hash (two units), then the weights, padded to keep hashes aligned. */
  readonly stride: number;
  private readonly keys: Int32Array;
  private readonly cells: Int16Array;
  private count = 0;
  /** `keyFilter(FILTER_BITS)` for `score`, built on first use and dropped by `setRow`. */
  private filter: Uint32Array | null = null;

  /**
   * A model over `slots` table slots (`slotsFor(rows)` leaves room to probe), with weights in
   * steps of `step`; `bytes` restores a saved table of `rows` rows (counted when not given).
   */
  constructor(
    readonly labels: readonly string[],
    readonly slots: number,
    readonly step: number,
    bytes?: Uint8Array,
    rows?: number,
  ) {
    this.stride = 2 + labels.length + (labels.length % 2);
    const buffer = new ArrayBuffer(slots * this.stride * 2);
    if (bytes) new Uint8Array(buffer).set(bytes);
    this.keys = new Int32Array(buffer);
    this.cells = new Int16Array(buffer);
    if (rows !== undefined) this.count = rows;
    else if (bytes)
      for (let s = 0; s < slots; s++) if (this.keys[s * (this.stride / 2)] !== 0) this.count++;
  }

  /** Table size that keeps probing short for `rows` rows. */
  static slotsFor(rows: number): number {
    return Math.max(16, Math.ceil(rows * 1.5));
  }

  /** Number of stored rows. */
  get size(): number {
    return this.count;
  }

  /** The raw table, for saving. */
  get bytes(): Uint8Array {
    return new Uint8Array(this.cells.buffer);
  }

  private home(hash: number): number {
    // Multiply-shift maps the hash onto any table size without a power-of-two mask.
    return Math.floor(((hash >>> 0) * this.slots) / 4294967296);
  }

  /** Stores a row of weights (rounded to steps, clipped to int16) for a feature hash. */
  setRow(hash: number, weights: ArrayLike<number>): void {
    if (this.count >= this.slots - 1) throw new Error('LinearModel table is full');
    this.filter = null;
    const key = hash || 1;
    const half = this.stride / 2;
    let s = this.home(key);
    while (this.keys[s * half] !== 0 && this.keys[s * half] !== key)
      s = s + 1 === this.slots ? 0 : s + 1;
    if (this.keys[s * half] === 0) this.count++;
    this.keys[s * half] = key;
    for (let y = 0; y < this.labels.length; y++) {
      const q = Math.round(weights[y]! / this.step);
      this.cells[s * this.stride + 2 + y] = Math.max(-32767, Math.min(32767, q));
    }
  }

  /** Calls `visit(hash, weights)` for every stored row (weights in real units). */
  forEachRow(visit: (hash: number, weights: number[]) => void): void {
    const n = this.labels.length;
    for (let s = 0; s < this.slots; s++) {
      const key = this.keys[s * (this.stride / 2)]!;
      if (key === 0) continue;
      const row: number[] = [];
      for (let y = 0; y < n; y++) row.push(this.cells[s * this.stride + 2 + y]! * this.step);
      visit(key, row);
    }
  }

  /**
   * Adds the raw int16 steps of one feature's row to `out[at..at+labels)`; false when the
   * feature is unknown. Integer sums stay exact, so callers may cache partial sums of features
   * that repeat (a word's own features) and multiply by `step` once: the scores, and hence
   * every decision, are the same as `score`'s.
   */
  addRaw(hash: number, out: Int32Array, at = 0): boolean {
    const key = hash || 1;
    const half = this.stride / 2;
    const slots = this.slots;
    const keys = this.keys;
    let s = Math.floor(((key >>> 0) * slots) / 4294967296);
    let found = keys[s * half]!;
    while (found !== key && found !== 0) {
      s = s + 1 === slots ? 0 : s + 1;
      found = keys[s * half]!;
    }
    if (found === 0) return false;
    const cells = this.cells;
    const from = s * this.stride + 2;
    const n = this.labels.length;
    for (let y = 0; y < n; y++) out[at + y]! += cells[from + y]!;
    return true;
  }

  /**
   * A bit per value of a hash's low `bits` bits, set where some stored row's hash has it: a
   * clear bit proves a feature unknown without probing the table, whose rows are spread over
   * far more memory (callers that probe many absent features check it first). Query `hash || 1`,
   * as rows are stored.
   */
  keyFilter(bits: number): Uint32Array {
    const filter = new Uint32Array(Math.max(1, 2 ** bits / 32));
    const mask = 2 ** bits - 1;
    const half = this.stride / 2;
    for (let s = 0; s < this.slots; s++) {
      const key = this.keys[s * half]!;
      if (key === 0) continue;
      const bit = key & mask;
      filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    return filter;
  }

  /**
   * Adds the raw int16 steps of every buffered feature to `out[at..at+labels)`, skipping the
   * unknown ones as `score` does; `score` is this sum times `step`.
   */
  addRawAll(features: FeatureBuffer, out: Int32Array, at = 0): void {
    const filter = (this.filter ??= this.keyFilter(FILTER_BITS));
    for (let f = 0; f < features.length; f++) {
      const hash = features.hashes[f]! || 1;
      const bit = hash & FILTER_MASK;
      if (filter[bit >>> 5]! & (1 << (bit & 31))) this.addRaw(hash, out, at);
    }
  }

  /** Writes the score of every label for the buffered features into `out`. */
  score(features: FeatureBuffer, out: Float64Array): void {
    const n = this.labels.length;
    const stride = this.stride;
    const half = stride / 2;
    const slots = this.slots;
    const keys = this.keys;
    const cells = this.cells;
    const filter = (this.filter ??= this.keyFilter(FILTER_BITS));
    out.fill(0);
    for (let f = 0; f < features.length; f++) {
      const hash = features.hashes[f]! || 1;
      // Most features of a text are unknown; the filter answers that without a cache miss.
      const bit = hash & FILTER_MASK;
      if (!(filter[bit >>> 5]! & (1 << (bit & 31)))) continue;
      let s = Math.floor(((hash >>> 0) * slots) / 4294967296);
      let key = keys[s * half]!;
      while (key !== hash && key !== 0) {
        s = s + 1 === slots ? 0 : s + 1;
        key = keys[s * half]!;
      }
      if (key === 0) continue;
      const at = s * stride + 2;
      for (let y = 0; y < n; y++) out[y]! += cells[at + y]!;
    }
    for (let y = 0; y < n; y++) out[y]! *= this.step;
  }
}
