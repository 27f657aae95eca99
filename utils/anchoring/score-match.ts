import { distanceToHead, distanceToTail } from './edit-distance';

/**
 * Ranking of candidate matches for a quote, after Hypothesis's match-quote: a candidate is
 * scored by how closely it matches the quote, how well the text before and after it matches the
 * saved prefix and suffix, and (a little) by how close it is to where the quote used to be.
 */

/** What surrounded the quote when it was saved, and where it was. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Offset where the quote used to start. */
  hint?: number;
}

/** A candidate span for the quote; `errors` is its edit distance to the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A candidate with its combined score and the similarities (each in [0, 1]) it combines. */
export interface ScoredCandidate extends Candidate {
  score: number;
  quoteSimilarity: number;
  /** 1 when there was no saved prefix. */
  prefixSimilarity: number;
  /** 1 when there was no saved suffix. */
  suffixSimilarity: number;
}

// The quote dominates; context decides between similar candidates; position breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
// Room for a few characters inserted between the context and the quote.
const CONTEXT_SLACK = 8;

/** Score `candidate` in `text` against a quote of `quoteLength` characters and its context. */
export function scoreCandidate(
  text: string,
  candidate: Candidate,
  quoteLength: number,
  context: QuoteContext,
): ScoredCandidate {
  const quote = quoteLength > 0 ? 1 - Math.min(1, candidate.errors / quoteLength) : 1;
  const prefix = prefixSimilarity(text, candidate.start, context.prefix);
  const suffix = suffixSimilarity(text, candidate.end, context.suffix);
  const position = positionScore(text.length, candidate.start, context.hint);
  const raw =
    QUOTE_WEIGHT * quote +
    PREFIX_WEIGHT * prefix +
    SUFFIX_WEIGHT * suffix +
    POSITION_WEIGHT * position;
  return {
    ...candidate,
    score: raw / TOTAL_WEIGHT,
    quoteSimilarity: quote,
    prefixSimilarity: prefix,
    suffixSimilarity: suffix,
  };
}

/** Score every candidate; best first, and in the given order among equals. */
export function rankCandidates(
  text: string,
  candidates: readonly Candidate[],
  quoteLength: number,
  context: QuoteContext,
): ScoredCandidate[] {
  return candidates
    .map((candidate) => scoreCandidate(text, candidate, quoteLength, context))
    .sort((a, b) => b.score - a.score);
}

/** The `limit` candidates to rank: fewest errors first, then nearest `hint` (or earliest). */
export function nearestFirst(
  candidates: readonly Candidate[],
  hint: number | undefined,
  limit: number,
): Candidate[] {
  const at = hint ?? 0;
  return [...candidates]
    .sort((a, b) => a.errors - b.errors || Math.abs(a.start - at) - Math.abs(b.start - at))
    .slice(0, limit);
}

/** Similarity in [0, 1] of `prefix` to the text that ends at `at` (1 when there is no prefix). */
export function prefixSimilarity(text: string, at: number, prefix: string | undefined): number {
  if (!prefix) return 1;
  const window = text.slice(Math.max(0, at - prefix.length - CONTEXT_SLACK), at);
  return 1 - Math.min(1, distanceToTail(prefix, window) / prefix.length);
}

/** Similarity in [0, 1] of `suffix` to the text that starts at `at` (1 when there is no suffix). */
export function suffixSimilarity(text: string, at: number, suffix: string | undefined): number {
  if (!suffix) return 1;
  const window = text.slice(at, at + suffix.length + CONTEXT_SLACK);
  return 1 - Math.min(1, distanceToHead(suffix, window) / suffix.length);
}

function positionScore(textLength: number, start: number, hint: number | undefined): number {
  if (hint === undefined || textLength === 0) return 1;
  return 1 - Math.min(1, Math.abs(start - hint) / textLength);
}
