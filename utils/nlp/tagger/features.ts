/** Where a caller's feature function writes features: a growable buffer of feature hashes. */
import { hashFeature } from './hash';

/** Receives the features of one position; `value` is joined to `key` without string building. */
export interface FeatureSink {
  add(key: string, value?: string): void;
  /** Adds a feature already hashed with `hashString`/`combineHash` (the fast path). */
  addHash(hash: number): void;
}

/** A reusable FeatureSink that stores hashed features for scoring or training. */
export class FeatureBuffer implements FeatureSink {
  hashes = new Int32Array(128);
  length = 0;

  /** Adds one feature. */
  add(key: string, value = ''): void {
    this.addHash(hashFeature(key, value));
  }

  /** Adds one pre-hashed feature. */
  addHash(hash: number): void {
    if (this.length === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.length++] = hash;
  }

  /** Empties the buffer for the next position. */
  clear(): void {
    this.length = 0;
  }
}
