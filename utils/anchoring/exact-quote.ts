import {
  bestCandidate,
  nearestFirst,
  scoreCandidate,
  type Candidate,
  type QuoteContext,
  type ScoredCandidate,
} from './score-match';

// A short quote can occur thousands of times in a long text; rank the nearest ones.
const MAX_OCCURRENCES = 2000;

/**
 * Best verbatim occurrence of `quote` in `text`: one whose saved prefix and suffix are intact,
 * else the one whose context fits best, nearest the old position on a tie; null if none.
 */
export function findExactQuote(
  text: string,
  quote: string,
  context: QuoteContext,
): ScoredCandidate | null {
  if (quote.length === 0) return null;
  const occurrences: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    occurrences.push({ start: at, end: at + quote.length, errors: 0 });
  }
  if (occurrences.length === 0) return null;
  const intact = occurrences.filter((c) => hasIntactContext(text, c, context));
  // Nearest first, so that among equally good occurrences the nearest wins.
  const pool = nearestFirst(
    intact.length > 0 ? intact : occurrences,
    context.hint,
    MAX_OCCURRENCES,
  );
  if (intact.length > 0 && pool[0]) {
    return { ...pool[0], score: scoreCandidate(text, pool[0], quote.length, context) };
  }
  return bestCandidate(text, pool, quote.length, context);
}

/** Whether `text` has the saved prefix right before `candidate` and the suffix right after. */
export function hasIntactContext(
  text: string,
  candidate: Candidate,
  context: QuoteContext,
): boolean {
  return (
    text.endsWith(context.prefix ?? '', candidate.start) &&
    text.startsWith(context.suffix ?? '', candidate.end)
  );
}
