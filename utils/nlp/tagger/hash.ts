/**
 * Feature hashing: a feature is a (key, value) pair of strings reduced to a 32-bit number, so
 * models store numbers instead of strings and callers never build concatenated feature names.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Hashes a feature (key, value) to a well-mixed signed 32-bit integer. */
export function hashFeature(key: string, value: string): number {
  let h = fnv(value, Math.imul(fnv(key, FNV_OFFSET) ^ 0x7f, FNV_PRIME));
  // murmur3 finaliser: FNV alone mixes short strings poorly for table indexing.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
