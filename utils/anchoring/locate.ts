/**
 * The re-anchoring cascade for one pattern, from the most precise step to the most forgiving:
 * the old position, the verbatim pattern, the pattern modulo whitespace, then an approximate
 * match that must clear a quality bar.
 */
import { findExactQuote, hasIntactContext } from './exact-quote';
import {
  foldOffset,
  foldString,
  foldWhitespace,
  unfoldSpan,
  type FoldedText,
} from './fold-whitespace';
import { matchQuote } from './match-quote';
import type { QuoteContext } from './score-match';

/** Lowest combined score (quote, context, position) accepted for an approximate match. */
export const MIN_APPROXIMATE_SCORE = 0.75;
/** Lowest quote similarity (1 - errors / length) accepted for an approximate match. */
export const MIN_QUOTE_SIMILARITY = 0.6;

/** Where a pattern was found; `verbatim` when it matched exactly, whitespace aside. */
export interface Located {
  start: number;
  end: number;
  score: number;
  verbatim: boolean;
}

/** Outcome of `locate`: a location, or the best rejected score when nothing was good enough. */
export type LocateResult = Located | { rejectedScore?: number };

/** Find `pattern` in `text` given its saved context and old start (`context.hint`). */
export function locate(text: string, pattern: string, context: QuoteContext): LocateResult {
  const { hint } = context;
  if (hint !== undefined && hint >= 0 && text.startsWith(pattern, hint)) {
    const here = { start: hint, end: hint + pattern.length, errors: 0 };
    if (hasIntactContext(text, here, context)) return { ...here, score: 1, verbatim: true };
  }
  const exact = findExactQuote(text, pattern, context);
  if (exact) return { start: exact.start, end: exact.end, score: exact.score, verbatim: true };

  const folded = foldCached(text);
  const foldedPattern = foldString(pattern);
  if (foldedPattern.length === 0) return {};
  const foldedContext: QuoteContext = {
    prefix: foldString(context.prefix ?? ''),
    suffix: foldString(context.suffix ?? ''),
    hint: hint === undefined ? undefined : foldOffset(folded, hint),
  };
  const loose = findExactQuote(folded.text, foldedPattern, foldedContext);
  if (loose) return unfold(folded, loose.start, loose.end, loose.score, true);

  const approx = matchQuote(folded.text, foldedPattern, foldedContext);
  if (!approx) return {};
  const similarity = 1 - approx.errors / foldedPattern.length;
  if (approx.score < MIN_APPROXIMATE_SCORE || similarity < MIN_QUOTE_SIMILARITY) {
    return { rejectedScore: approx.score };
  }
  return unfold(folded, approx.start, approx.end, approx.score, false);
}

function unfold(
  folded: FoldedText,
  start: number,
  end: number,
  score: number,
  verbatim: boolean,
): Located {
  const [from, to] = unfoldSpan(folded, start, end);
  return { start: from, end: to, score, verbatim };
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
