/**
 * Averaged perceptron training for the greedy tagger. Averaging uses the running-sum trick
 * (w - u/c), so no per-feature timestamps are needed. Used by training scripts, not at run time.
 */
import type { FeatureBuffer } from './features';
import { decodeGreedy, type Allowed, type FeatureFn } from './greedy';
import { LinearModel } from './model';

/** Trains a LinearModel one sequence at a time, learning from its own predicted history. */
export class PerceptronTrainer {
  private readonly rows = new Map<number, Float64Array>();
  private readonly counts = new Map<number, number>();
  private step = 1;

  constructor(readonly labels: readonly string[]) {}

  /**
   * Tags one sequence with the current weights and corrects every wrong position. `reachable`
   * maps a gold label the constraint forbids after the predicted history (an "I" after a missed
   * "B") to the best label that is allowed; without it such a position keeps pushing weight
   * towards a label the decoder can never pick, and away from the one it should.
   */
  trainGreedy(
    length: number,
    gold: ArrayLike<number>,
    features: FeatureFn,
    allowed?: Allowed,
    reachable?: (i: number, prev: number, truth: number) => number,
  ): Int32Array {
    const n = this.labels.length;
    let prev = -1;
    return decodeGreedy(
      length,
      n,
      features,
      (f, out) => this.score(f, out),
      allowed,
      (i, predicted, buffer) => {
        if (i === 0) prev = -1;
        const truth = reachable ? reachable(i, prev, gold[i]!) : gold[i]!;
        if (predicted !== truth) this.update(buffer, truth, predicted);
        this.step++;
        // Continue from the prediction, as at run time, so the model learns to recover.
        prev = predicted;
        return predicted;
      },
    );
  }

  /** The averaged model in int16 steps of `step`, keeping features updated at least `minCount` times. */
  average(minCount = 1, step = 0.05): LinearModel {
    const n = this.labels.length;
    const kept = [...this.rows.keys()].filter((k) => (this.counts.get(k) ?? 0) >= minCount);
    const model = new LinearModel(this.labels, LinearModel.slotsFor(kept.length), step);
    const averaged = new Float64Array(n);
    for (const k of kept) {
      const row = this.rows.get(k)!;
      for (let y = 0; y < n; y++) averaged[y] = row[y]! - row[n + y]! / this.step;
      model.setRow(k, averaged);
    }
    return model;
  }

  private score(features: FeatureBuffer, out: Float64Array): void {
    out.fill(0);
    for (let f = 0; f < features.length; f++) {
      const row = this.rows.get(features.hashes[f]!);
      if (!row) continue;
      for (let y = 0; y < out.length; y++) out[y]! += row[y]!;
    }
  }

  private update(features: FeatureBuffer, truth: number, predicted: number): void {
    const n = this.labels.length;
    for (let f = 0; f < features.length; f++) {
      const key = features.hashes[f]!;
      let row = this.rows.get(key);
      if (!row) {
        row = new Float64Array(2 * n);
        this.rows.set(key, row);
      }
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      row[truth]! += 1;
      row[predicted]! -= 1;
      row[n + truth]! += this.step;
      row[n + predicted]! -= this.step;
    }
  }
}
