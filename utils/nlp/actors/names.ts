/** Name normalisation shared by linking and canonical naming. */

const INITIAL_RE = /^\p{Lu}\.$/u;
const POSSESSIVE_RE = /['’]s?$/;

/** Name words without middle initials or a trailing possessive: "Vladimir V. Putin" -> [Vladimir, Putin]. */
export function nameWords(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const kept = words.filter((w, i) => !(INITIAL_RE.test(w) && i > 0 && i < words.length - 1));
  return kept.map((w) => w.replace(POSSESSIVE_RE, ''));
}

/** Canonical spelling of a name: initials dropped, whitespace collapsed. */
export function canonicalName(name: string): string {
  return nameWords(name).join(' ');
}

/** Lower-case comparison key. */
export function nameKey(name: string): string {
  return canonicalName(name).toLowerCase().replace(/[.’']/g, '');
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'to', '&']);

/** Initials of a multi-word name ("United Nations" -> "UN"), or "" for one word. */
export function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** True when the text looks like an acronym ("UN", "U.N.", "NATO"). */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, '');
  return (
    letters.length >= 2 &&
    letters.length <= 6 &&
    letters === letters.toUpperCase() &&
    /^\p{Lu}+$/u.test(letters)
  );
}
