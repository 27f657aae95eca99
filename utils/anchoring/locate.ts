/**
 * The re-anchoring cascade for one pattern, from the most precise step to the most forgiving:
 * the old position, the verbatim pattern, the pattern modulo whitespace, then an approximate
 * match. Every step's candidates must be convincing (see `isConvincing`); a short quote that
 * also occurs in some unrelated sentence is not the passage the reader marked.
 */
import { findExactQuotes, hasIntactContext } from './exact-quote';
import {
  foldOffset,
  foldString,
  foldWhitespace,
  unfoldSpan,
  type FoldedText,
} from './fold-whitespace';
import { findBetweenContext } from './between-context';
import { rankQuoteMatches } from './match-quote';
import { scoreCandidate, type QuoteContext, type ScoredCandidate } from './score-match';

/** A verbatim quote at least this long is taken wherever it is: it does not recur by chance. */
export const SELF_EVIDENT_QUOTE = 64;
/** A verbatim quote at least this long that occurs only once is taken even out of context. */
export const UNIQUE_QUOTE = 20;
/** Context agreement (length-weighted prefix and suffix similarity) that vouches for a verbatim quote. */
export const MIN_AGREEMENT = 0.7;
/** Similarity of one side of the context that alone vouches for a verbatim quote. */
export const MIN_ONE_SIDE = 0.9;
/** Context agreement required of an approximate match. */
export const MIN_APPROXIMATE_AGREEMENT = 0.7;
/** Quote similarity (1 - errors / length) required of an approximate match. */
export const MIN_QUOTE_SIMILARITY = 0.5;

// Shorter context pieces may recur inside a quote by chance.
const MIN_CONTEXT_PIECE = 16;

/** Where a pattern was found; `verbatim` when it matched exactly, whitespace aside. */
export interface Located {
  start: number;
  end: number;
  score: number;
  /** 1 - edit distance / pattern length. */
  similarity: number;
  verbatim: boolean;
}

/** Outcome of `locate`: a location, or the best rejected score when nothing was good enough. */
export type LocateResult = Located | { rejectedScore?: number };

/** Find `pattern` in `text` given its saved context and old start (`context.hint`). */
export function locate(text: string, pattern: string, context: QuoteContext): LocateResult {
  const { hint } = context;
  if (hint !== undefined && hint >= 0 && text.startsWith(pattern, hint)) {
    const here = { start: hint, end: hint + pattern.length, errors: 0 };
    if (hasIntactContext(text, here, context)) {
      return { ...here, score: 1, similarity: 1, verbatim: true };
    }
  }
  const verbatim = findExactQuotes(text, pattern, context);
  const unique = verbatim.length === 1;
  const accepted = verbatim.find((c) => isConvincing(c, pattern.length, context, unique));
  if (accepted) {
    const { start, end, score } = accepted;
    return { start, end, score, similarity: 1, verbatim: true };
  }

  const folded = foldCached(text);
  const foldedPattern = foldString(pattern);
  if (foldedPattern.length === 0) return rejected(verbatim);
  const foldedContext: QuoteContext = {
    prefix: foldString(context.prefix ?? ''),
    suffix: foldString(context.suffix ?? ''),
    hint: hint === undefined ? undefined : foldOffset(folded, hint),
  };
  const convincing = (c: ScoredCandidate, unique = false) =>
    isConvincing(c, foldedPattern.length, foldedContext, unique);
  const loose = findExactQuotes(folded.text, foldedPattern, foldedContext);
  const looseMatch = loose.find((c) => convincing(c, loose.length === 1));
  if (looseMatch) return unfold(folded, looseMatch, true);

  const approximate = rankQuoteMatches(folded.text, foldedPattern, foldedContext);
  const approximateMatch = approximate.find(
    (c) => convincing(c) && !swallowsContext(folded.text, c, foldedContext),
  );
  if (approximateMatch) return unfold(folded, approximateMatch, false);

  const between = findBetweenContext(folded.text, foldedPattern, foldedContext)[0];
  if (between) {
    const scored = scoreCandidate(folded.text, between, foldedPattern.length, foldedContext);
    return unfold(folded, scored, false);
  }
  return rejected([...verbatim, ...loose, ...approximate]);
}

/**
 * Whether a candidate is evidence enough that it is the passage the reader marked: a verbatim
 * quote long enough not to recur by chance, or the only occurrence of a phrase, or standing in
 * its saved context (mostly, or fully on one side); an approximate one only in its saved context. Calibrated with
 * scripts/bench-anchoring.ts on PolNeAR train articles.
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

// The passage's own context cannot lie inside it: a candidate that contains the saved prefix or
// suffix is neighbouring text standing in for a quote that was deleted.
function swallowsContext(text: string, candidate: ScoredCandidate, context: QuoteContext): boolean {
  const inside = text.slice(candidate.start, candidate.end);
  return [context.prefix, context.suffix].some((side) => {
    const trimmed = side?.trim() ?? '';
    return trimmed.length >= MIN_CONTEXT_PIECE && inside.includes(trimmed);
  });
}

function rejected(candidates: readonly ScoredCandidate[]): { rejectedScore?: number } {
  if (candidates.length === 0) return {};
  return { rejectedScore: Math.max(...candidates.map((c) => c.score)) };
}

function unfold(folded: FoldedText, candidate: ScoredCandidate, verbatim: boolean): Located {
  const [start, end] = unfoldSpan(folded, candidate.start, candidate.end);
  return { start, end, score: candidate.score, similarity: candidate.quoteSimilarity, verbatim };
}

// Anchoring the notes of one page re-anchors many patterns against the same body text; fold it
// once. Comparing with the last source is cheap when it is the very same string.
let lastFold: FoldedText | null = null;
let lastSource: string | null = null;

function foldCached(text: string): FoldedText {
  if (lastSource !== text || !lastFold) {
    lastFold = foldWhitespace(text);
    lastSource = text;
  }
  return lastFold;
}
