/**
 * Last resort for a heavily edited short quote: when the saved prefix and suffix still stand
 * intact a short distance apart, whatever now lies between them is what the quote became. This
 * is how a reworded phrase ("denied" -> "did not deny") is still caught as an edit. With no text
 * between them the quote was deleted, and the annotation is an orphan.
 */
import { editDistance } from './edit-distance';
import type { Candidate, QuoteContext } from './score-match';

// Both sides must be long enough to be this passage's context and not a common phrase.
const MIN_SIDE = 8;
const MIN_CONTEXT = 32;
// Longer quotes are handled by the approximate search, and the edit distance below is quadratic.
const MAX_QUOTE = 512;
const MAX_PREFIX_HITS = 100;

/** Non-empty spans of `text` between the verbatim saved prefix and suffix, nearest first. */
export function findBetweenContext(
  text: string,
  quote: string,
  context: QuoteContext,
): Candidate[] {
  // Whitespace at the inner edges belongs to the gap: a deleted quote leaves one space behind.
  const prefix = (context.prefix ?? '').trimEnd();
  const suffix = (context.suffix ?? '').trimStart();
  if (quote.length > MAX_QUOTE || prefix.length < MIN_SIDE || suffix.length < MIN_SIDE) return [];
  if (prefix.length + suffix.length < MIN_CONTEXT) return [];
  const maxGap = 2 * quote.length + MIN_CONTEXT;
  const found: Candidate[] = [];
  let hits = 0;
  for (
    let at = text.indexOf(prefix);
    at !== -1 && hits < MAX_PREFIX_HITS;
    at = text.indexOf(prefix, at + 1)
  ) {
    hits++;
    const start = at + prefix.length;
    const end = text.indexOf(suffix, start);
    if (end === -1 || end - start > maxGap) continue;
    // Prefix and suffix side by side: the quote was deleted, not edited.
    if (text.slice(start, end).trim() === '') return [];
    const [from, to] = trimSpan(text, start, end);
    found.push({ start: from, end: to, errors: editDistance(quote, text.slice(from, to)) });
  }
  const hint = context.hint ?? 0;
  return found.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return [from, to];
}
