/**
 * Re-anchoring, Hypothesis-style: from the most precise selector to the most forgiving, and an
 * orphan (shown, not hidden) when nothing matches well enough.
 */
import { locate, type Located } from './locate';
import { headDistances, tailDistances } from './edit-distance';
import type { AnchorResult, TextPositionSelector, TextQuoteSelector, Selector } from './types';

/** Find the span described by `selectors` in `text` (the current article body text). */
export function anchor(text: string, selectors: readonly Selector[]): AnchorResult {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const found = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const position = found && isValidSpan(text, found) ? found : undefined;
  // Nothing to check a bare position against: trust it while it fits the text.
  if (!quote || (quote.exact === '' && !quote.prefix && !quote.suffix)) {
    return position
      ? anchored('exact', text, position.start, position.end, 1)
      : { status: 'orphan' };
  }
  // A saved position that no longer fits the text still says the quote was elsewhere.
  const saved = found?.start;
  return quote.exact === ''
    ? anchorPoint(text, quote, position, saved)
    : anchorQuote(text, quote, position, saved);
}

function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  saved: number | undefined,
): AnchorResult {
  const hint = position?.start;
  const result = locate(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint });
  if (!isLocated(result)) return orphan(result.rejectedScore);
  return anchored(
    statusOf(result.verbatim, result.start, saved),
    text,
    result.start,
    result.end,
    result.score,
  );
}

/** Similarity an approximate match of a point's prefix + suffix needs: they are all it has. */
const MIN_POINT_SIMILARITY = 0.8;

// An empty quote marks a point between its prefix and suffix: find the two together, then put
// the point where the prefix ends (the best split when the text there was edited).
function anchorPoint(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  saved: number | undefined,
): AnchorResult {
  const hint = position === undefined ? undefined : position.start - quote.prefix.length;
  const result = locate(text, quote.prefix + quote.suffix, { hint });
  if (!isLocated(result)) return orphan(result.rejectedScore);
  if (result.similarity < MIN_POINT_SIMILARITY) return orphan(result.score);
  const at = splitPoint(text, result, quote.prefix, quote.suffix);
  return anchored(statusOf(result.verbatim, at, saved), text, at, at, result.score);
}

function splitPoint(text: string, span: Located, prefix: string, suffix: string): number {
  const inside = text.slice(span.start, span.end);
  const before = tailDistances(prefix, inside, 0, inside.length);
  const after = headDistances(suffix, inside, 0, inside.length);
  let best = 0;
  for (let k = 1; k <= inside.length; k++) {
    const cost = (before[k] ?? 0) + (after[k] ?? 0);
    if (cost < (before[best] ?? 0) + (after[best] ?? 0)) best = k;
  }
  return span.start + best;
}

// Without a saved position there is nothing the quote could have moved from.
function statusOf(
  verbatim: boolean,
  start: number,
  saved: number | undefined,
): 'exact' | 'moved' | 'changed' {
  if (!verbatim) return 'changed';
  return saved === undefined || start === saved ? 'exact' : 'moved';
}

function isLocated(result: ReturnType<typeof locate>): result is Located {
  return 'start' in result;
}

function isValidSpan(text: string, { start, end }: TextPositionSelector): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= text.length
  );
}

function anchored(
  status: 'exact' | 'moved' | 'changed',
  text: string,
  start: number,
  end: number,
  score: number,
): AnchorResult {
  return { status, start, end, text: text.slice(start, end), score };
}

function orphan(score: number | undefined): AnchorResult {
  return score === undefined ? { status: 'orphan' } : { status: 'orphan', score };
}
