/**
 * The re-anchoring cascade for one pattern, from the most precise step to the most forgiving:
 * the old position, the verbatim pattern, the pattern modulo whitespace, then an approximate
 * match, then whatever now stands between the intact prefix and suffix. Every step's candidates
 * must be convincing (acceptance.ts): a short quote that also occurs in some unrelated sentence
 * is not the passage the reader marked.
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
import { isConvincing, swallowsContext } from './acceptance';

/** Shortest quote whose saved position still holding it is taken as evidence enough. */
export const MIN_HELD_QUOTE = 4;

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
  const held = hint !== undefined && hint >= 0 && text.startsWith(pattern, hint);
  if (held && hasIntactContext(text, { start: hint, end: hint + pattern.length }, context)) {
    return { start: hint, end: hint + pattern.length, score: 1, similarity: 1, verbatim: true };
  }
  const verbatim = findExactQuotes(text, pattern, context);
  const once = verbatim.length === 1;
  const accepted =
    verbatim.find((c) => isConvincing(c, pattern.length, context, once)) ??
    // The saved position still holding the quote is evidence of its own (the text before it kept
    // its length), unless the quote is so short it could be there by chance.
    (held && pattern.length >= MIN_HELD_QUOTE ? verbatim.find((c) => c.start === hint) : undefined);
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
  const convincing = (c: ScoredCandidate, once: boolean) =>
    isConvincing(c, foldedPattern.length, foldedContext, once);
  const loose = findExactQuotes(folded.text, foldedPattern, foldedContext);
  const looseMatch = loose.find((c) => convincing(c, loose.length === 1));
  const edges = {
    lead: pattern.length - pattern.trimStart().length,
    trail: pattern.length - pattern.trimEnd().length,
  };
  const unfold = (c: ScoredCandidate, verbatim: boolean): Located => {
    const [start, end] = unfoldSpan(folded, c.start, c.end, edges);
    return { start, end, score: c.score, similarity: c.quoteSimilarity, verbatim };
  };
  if (looseMatch) return unfold(looseMatch, true);

  const approximate = rankQuoteMatches(folded.text, foldedPattern, foldedContext);
  const approximateMatch = approximate.find(
    (c) => convincing(c, false) && !swallowsContext(folded.text, c, foldedContext),
  );
  if (approximateMatch) return unfold(approximateMatch, false);

  const between = findBetweenContext(folded.text, foldedPattern, foldedContext)[0];
  if (between) {
    const scored = scoreCandidate(folded.text, between, foldedPattern.length, foldedContext);
    return unfold(scored, false);
  }
  return rejected([...verbatim, ...loose, ...approximate]);
}

function rejected(candidates: readonly ScoredCandidate[]): { rejectedScore?: number } {
  if (candidates.length === 0) return {};
  return { rejectedScore: Math.max(...candidates.map((c) => c.score)) };
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
