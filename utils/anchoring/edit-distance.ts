/**
 * Edit distances for context-sized strings (a few dozen characters): plain dynamic programming,
 * one row at a time. Whole-text searches use the bit-parallel matcher instead (match-quote.ts).
 */

/** Fewest edits turning `pattern` into some tail of `text` (the pattern must end where it ends). */
export function distanceToTail(pattern: string, text: string): number {
  return lastRow(pattern, text, true)[text.length] ?? 0;
}

/** Fewest edits turning `pattern` into some head of `text` (both start at the same place). */
export function distanceToHead(pattern: string, text: string): number {
  // Any number of trailing text characters may be left over for free.
  return Math.min(...Array.from(lastRow(pattern, text, false)));
}

/** Levenshtein distance between `a` and `b` (O(|a| * |b|): for short strings). */
export function editDistance(a: string, b: string): number {
  return lastRow(a, b, false)[b.length] ?? 0;
}

/**
 * `distanceToTail(pattern, text.slice(0, at))` for every `at` in [from, to], in one pass: entry
 * `at - from` of the result.
 */
export function tailDistances(
  pattern: string,
  text: string,
  from: number,
  to: number,
): Uint32Array {
  // Text further back than the pattern's length plus a little slack cannot help an alignment.
  const lo = Math.max(0, from - 2 * pattern.length);
  return lastRow(pattern, text.slice(lo, to), true).slice(from - lo);
}

/**
 * `distanceToHead(pattern, text.slice(at))` for every `at` in [from, to], in one pass: entry
 * `at - from` of the result.
 */
export function headDistances(
  pattern: string,
  text: string,
  from: number,
  to: number,
): Uint32Array {
  // Reversed, a head alignment is a tail alignment: run the same pass backwards.
  const hi = Math.min(text.length, to + 2 * pattern.length);
  const row = lastRow(reverse(pattern), reverse(text.slice(from, hi)), true);
  const out = new Uint32Array(to - from + 1);
  for (let k = 0; k <= to - from; k++) out[k] = row[hi - from - k] ?? 0;
  return out;
}

function reverse(text: string): string {
  return text.split('').reverse().join('');
}

// Last row of the edit-distance table of `pattern` against `text`; with `freeLead`, any number of
// leading text characters may be skipped for free.
function lastRow(pattern: string, text: string, freeLead: boolean): Uint32Array {
  let prev = new Uint32Array(text.length + 1);
  let cur = new Uint32Array(text.length + 1);
  if (!freeLead) for (let j = 0; j <= text.length; j++) prev[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    cur[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (p === text.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}
