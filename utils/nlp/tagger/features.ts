/** Where a caller's feature function writes features: a growable buffer of feature hashes. */
import { hashFeature } from './hash';

/** Receives the features of one position; `value` is joined to `key` without string building. */
export interface FeatureSink {
  add(key: string, value?: string): void;
}

/** A reusable FeatureSink that stores hashed features for scoring or training. */
export class FeatureBuffer implements FeatureSink {
  hashes = new Int32Array(128);
  length = 0;

  /** Adds one feature. */
  add(key: string, value = ''): void {
    if (this.length === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.length++] = hashFeature(key, value);
  }

  /** Empties the buffer for the next position. */
  clear(): void {
    this.length = 0;
  }
}
