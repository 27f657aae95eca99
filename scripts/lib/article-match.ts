/** Lenient comparisons of extracted metadata with ground truth, shared by the article evaluator. */

/** Lower-cased letters and digits only, single-spaced. */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same headline once case, punctuation and spacing are ignored. */
export function titleMatches(got: string | null | undefined, want: string): boolean {
  return norm(got) !== '' && norm(got) === norm(want);
}

/** Same people: equal after normalising, or one list of names contains the other. */
export function bylineMatches(got: string | null | undefined, want: string): boolean {
  // "A, B, and C" and "A, B, C" name the same people.
  const g = norm(got).replace(/^by /, '').replace(/ and /g, ' ');
  const w = norm(want).replace(/^by /, '').replace(/ and /g, ' ');
  if (!g || !w) return false;
  return g === w || (g.length >= 4 && w.includes(g)) || (w.length >= 4 && g.includes(w));
}

/** Same calendar day (the ground truth gives dates as YYYY-MM-DD). */
export function dateMatches(got: string | null | undefined, want: string): boolean {
  return !!got && got.slice(0, 10) === want.slice(0, 10);
}

/** Median and 95th percentile of a list of numbers. */
export function quantiles(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** Arithmetic mean, 0 for an empty list. */
export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
