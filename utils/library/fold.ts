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

// Names recur across thousands of annotations; the popup asks for the same keys over and over.
const keys = new Map<string, string>();

/** Canonical key of an actor name, so "Vladimir  Putin" and "vladimir putin" merge. */
export function actorKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = fold(name).replace(/\s+/g, ' ').trim();
    if (keys.size >= 20_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}
