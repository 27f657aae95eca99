import {
  nearestFirst,
  rankCandidates,
  type Candidate,
  type QuoteContext,
  type ScoredCandidate,
} from './score-match';

// A short quote can occur thousands of times in a long text; rank the nearest ones.
const MAX_OCCURRENCES = 2000;

/**
 * Verbatim occurrences of `quote` in `text`, best first: those whose saved prefix and suffix are
 * intact if there are any, ranked by context fit, then by nearness to the old position.
 */
export function findExactQuotes(
  text: string,
  quote: string,
  context: QuoteContext,
): ScoredCandidate[] {
  if (quote.length === 0) return [];
  const occurrences: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    occurrences.push({ start: at, end: at + quote.length, errors: 0 });
  }
  const intact = occurrences.filter((c) => hasIntactContext(text, c, context));
  // Nearest first, so that among equally good occurrences the nearest wins.
  const pool = nearestFirst(
    intact.length > 0 ? intact : occurrences,
    context.hint,
    MAX_OCCURRENCES,
  );
  return rankCandidates(text, pool, quote.length, context);
}

/** Whether `text` has the saved prefix right before `candidate` and the suffix right after. */
export function hasIntactContext(
  text: string,
  candidate: { start: number; end: number },
  context: QuoteContext,
): boolean {
  return (
    text.endsWith(context.prefix ?? '', candidate.start) &&
    text.startsWith(context.suffix ?? '', candidate.end)
  );
}
