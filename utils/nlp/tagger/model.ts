/**
 * A linear multi-class scorer over hashed features. Scoring is memory-bound, so each table slot
 * holds the feature hash followed by its label weights: one cache line per feature lookup.
 * Rows are written straight into the table, so loading a model allocates nothing per row.
 */
import type { FeatureBuffer } from './features';

/** Weights of a trained tagger: a row of `labels.length` weights per known feature hash. */
export class LinearModel {
  private rows = 0;
  private readonly mask: number;
  private readonly stride: number;
  private readonly slotKeys: Int32Array;
  private readonly slotWeights: Float32Array;

  /** An empty model with room for `rows` feature rows. */
  constructor(
    readonly labels: readonly string[],
    rows: number,
  ) {
    let size = 16;
    while (size < rows * 1.5) size *= 2;
    this.mask = size - 1;
    this.stride = labels.length + 1;
    const buffer = new ArrayBuffer(size * this.stride * 4);
    this.slotKeys = new Int32Array(buffer);
    this.slotWeights = new Float32Array(buffer);
  }

  /** Adds a row for `key` and returns the offset of its first weight (write via `weights`). */
  insert(key: number): number {
    // 0 marks an empty slot, so a (vanishingly rare) zero hash is stored as 1.
    key = key || 1;
    let s = key & this.mask;
    while (this.slotKeys[s * this.stride] !== 0) s = (s + 1) & this.mask;
    this.slotKeys[s * this.stride] = key;
    this.rows++;
    return s * this.stride + 1;
  }

  /** Adds rows for many keys at once (fast path for loading); returns each row's weight offset. */
  insertAll(keys: Int32Array): Int32Array {
    const slotKeys = this.slotKeys;
    const mask = this.mask;
    const stride = this.stride;
    const offsets = new Int32Array(keys.length);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! || 1;
      let s = key & mask;
      while (slotKeys[s * stride] !== 0) s = (s + 1) & mask;
      slotKeys[s * stride] = key;
      offsets[r] = s * stride + 1;
    }
    this.rows += keys.length;
    return offsets;
  }

  /** Number of stored rows. */
  get size(): number {
    return this.rows;
  }

  /** The weight storage `insert` offsets point into. */
  get weights(): Float32Array {
    return this.slotWeights;
  }

  /** Calls `visit(key, offset)` for every stored row. */
  forEachRow(visit: (key: number, offset: number) => void): void {
    for (let at = 0; at < this.slotKeys.length; at += this.stride) {
      if (this.slotKeys[at] !== 0) visit(this.slotKeys[at]!, at + 1);
    }
  }

  /** Writes the score of every label for the buffered features into `out`. */
  score(features: FeatureBuffer, out: Float64Array): void {
    const n = this.labels.length;
    const stride = this.stride;
    const mask = this.mask;
    const keys = this.slotKeys;
    const w = this.slotWeights;
    out.fill(0);
    for (let f = 0; f < features.length; f++) {
      const hash = features.hashes[f]! || 1;
      let slot = hash & mask;
      let at = slot * stride;
      let key = keys[at]!;
      while (key !== hash && key !== 0) {
        slot = (slot + 1) & mask;
        at = slot * stride;
        key = keys[at]!;
      }
      if (key === 0) continue;
      for (let y = 0; y < n; y++) out[y]! += w[at + 1 + y]!;
    }
  }
}
