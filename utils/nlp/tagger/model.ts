/**
 * A linear multi-class scorer over hashed features: an open-addressing table from feature hash
 * to weight row, built once at load time so scoring needs no strings and no Map.
 */
import type { FeatureBuffer } from './features';

/** Weights of a trained tagger: one row of `labels.length` weights per known feature hash. */
export class LinearModel {
  private readonly mask: number;
  private readonly slotKeys: Int32Array;
  private readonly slotRows: Int32Array;

  /** `keys[r]` is the feature hash of weight row r; `weights` is rows × labels, row-major. */
  constructor(
    readonly labels: readonly string[],
    readonly keys: Int32Array,
    readonly weights: Float32Array,
  ) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slotKeys = new Int32Array(size);
    this.slotRows = new Int32Array(size).fill(-1);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slotRows[s] !== -1) s = (s + 1) & this.mask;
      this.slotKeys[s] = keys[r]!;
      this.slotRows[s] = r;
    }
  }

  /** The weight row of a feature hash, or -1 when the model never kept it. */
  row(hash: number): number {
    let s = hash & this.mask;
    for (;;) {
      const r = this.slotRows[s]!;
      if (r === -1 || this.slotKeys[s] === hash) return r;
      s = (s + 1) & this.mask;
    }
  }

  /** Writes the score of every label for the buffered features into `out`. */
  score(features: FeatureBuffer, out: Float64Array): void {
    const n = this.labels.length;
    const w = this.weights;
    out.fill(0);
    for (let f = 0; f < features.length; f++) {
      const r = this.row(features.hashes[f]!);
      if (r < 0) continue;
      const base = r * n;
      for (let y = 0; y < n; y++) out[y]! += w[base + y]!;
    }
  }
}
