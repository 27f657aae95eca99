/**
 * Feature hashing: features are strings reduced to 32-bit numbers, so models store numbers
 * instead of strings. Hot callers hash each word once and combine hashes with integer mixing
 * instead of building a new string per feature.
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

/** murmur3 finaliser: FNV alone mixes short strings poorly for table indexing. */
function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Hashes a string to a well-mixed signed 32-bit integer. */
export function hashString(s: string): number {
  return finalise(fnv(s, FNV_OFFSET));
}

/** Hashes a feature (key, value) pair of strings. */
export function hashFeature(key: string, value: string): number {
  return finalise(fnv(value, Math.imul(fnv(key, FNV_OFFSET) ^ 0x7f, FNV_PRIME)));
}

/** Combines two hashes into one, order-sensitive (murmur3 block step plus finaliser). */
export function combineHash(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = a ^ k;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  return finalise(h);
}
