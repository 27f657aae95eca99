/** Text normalised for matching: lower case, accents dropped, so "Zelenskyy" finds "zélenskyy". */

const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}+/gu;

/** `text` lower-cased with combining marks removed; ASCII text takes the fast path. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The distinct folded words of a query, longest first (the rarest, usually). */
export function queryTerms(query: string): string[] {
  const terms = new Set(fold(query).split(/\s+/).filter(Boolean));
  return [...terms].sort((a, b) => b.length - a.length);
}

/** Canonical key of an actor name, so "Vladimir  Putin" and "vladimir putin" merge. */
export function actorKey(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}
