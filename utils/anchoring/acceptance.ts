/**
 * When a candidate match counts as the passage the reader marked. The thresholds were chosen
 * with scripts/bench-anchoring.ts on PolNeAR train articles (the bench reports on dev): wrongly
 * anchoring a note to other text weighs more than leaving it an orphan, which is still shown.
 */
import type { QuoteContext, ScoredCandidate } from './score-match';

/** A verbatim quote at least this long is taken wherever it is: it does not recur by chance. */
export const SELF_EVIDENT_QUOTE = 64;
/** A verbatim quote at least this long that occurs only once is taken even out of context. */
export const UNIQUE_QUOTE = 20;
/** Context agreement (prefix and suffix similarity, by length) vouching for a verbatim quote. */
export const MIN_AGREEMENT = 0.7;
/** Similarity of one side of the context that alone vouches for a verbatim quote. */
export const MIN_ONE_SIDE = 0.9;
/** Context agreement required of an approximate match. */
export const MIN_APPROXIMATE_AGREEMENT = 0.7;
/** Quote similarity (1 - errors / length) required of an approximate match. */
export const MIN_QUOTE_SIMILARITY = 0.5;

// Shorter context pieces may recur inside a quote by chance.
const MIN_CONTEXT_PIECE = 16;

/**
 * Whether a candidate is evidence enough that it is the passage the reader marked: a verbatim
 * quote long enough not to recur by chance, or the only occurrence of a phrase, or standing in
 * its saved context (mostly, or fully on one side); an approximate one only in its saved
 * context. `unique` says the quote occurs once in the text.
 */
export function isConvincing(
  candidate: ScoredCandidate,
  quoteLength: number,
  context: QuoteContext,
  unique = false,
): boolean {
  const prefixLength = context.prefix?.length ?? 0;
  const suffixLength = context.suffix?.length ?? 0;
  const contextLength = prefixLength + suffixLength;
  const agreement =
    contextLength === 0
      ? 1
      : (candidate.prefixSimilarity * prefixLength + candidate.suffixSimilarity * suffixLength) /
        contextLength;
  if (candidate.errors > 0) {
    return (
      candidate.quoteSimilarity >= MIN_QUOTE_SIMILARITY && agreement >= MIN_APPROXIMATE_AGREEMENT
    );
  }
  const oneSide = Math.max(
    prefixLength > 0 ? candidate.prefixSimilarity : 0,
    suffixLength > 0 ? candidate.suffixSimilarity : 0,
  );
  return (
    quoteLength >= SELF_EVIDENT_QUOTE ||
    (unique && quoteLength >= UNIQUE_QUOTE) ||
    agreement >= MIN_AGREEMENT ||
    oneSide >= MIN_ONE_SIDE
  );
}

/**
 * Whether a candidate contains the saved prefix or suffix: the passage's own context cannot lie
 * inside it, so this is neighbouring text standing in for a quote that was deleted.
 */
export function swallowsContext(
  text: string,
  candidate: ScoredCandidate,
  context: QuoteContext,
): boolean {
  const inside = text.slice(candidate.start, candidate.end);
  return [context.prefix, context.suffix].some((side) => {
    const trimmed = side?.trim() ?? '';
    return trimmed.length >= MIN_CONTEXT_PIECE && inside.includes(trimmed);
  });
}
