/**
 * Boundary refinement for approximate matches. Myers' search reports one start per match end
 * (the longest alignment), so when a word at the quote's edge was replaced by a longer or
 * shorter one, the span may swallow part of the context or stop short of the quote. Each edge is
 * moved, within reach, to where the saved context and the quote's own edge agree best.
 */
import search from 'approx-string-match';
import { headDistances, tailDistances } from './edit-distance';
import type { Candidate, QuoteContext } from './score-match';

// How far an edge may move (more when the match has more errors to misplace it by), and how
// much of the quote's edge is compared.
const MIN_SHIFT = 16;
const MAX_SHIFT = 128;
const EDGE_LENGTH = 32;

/** `candidate` with its start and end moved to where quote and context line up best. */
export function refineSpan(
  text: string,
  quote: string,
  candidate: Candidate,
  context: QuoteContext,
): Candidate {
  const reach = Math.min(MAX_SHIFT, Math.max(MIN_SHIFT, candidate.errors));
  // Start: the saved prefix should end there and the quote's head begin there.
  const startRange = clamp(
    text,
    candidate.start - reach,
    Math.min(candidate.end, candidate.start + reach),
  );
  const start = bestOffset(
    candidate.start,
    startRange,
    tailDistances(context.prefix ?? '', text, ...startRange),
    headDistances(quote.slice(0, EDGE_LENGTH), text, ...startRange),
  );
  // End: the quote's tail should end there and the saved suffix begin there.
  const endRange = clamp(text, Math.max(start, candidate.end - reach), candidate.end + reach);
  const end = bestOffset(
    candidate.end,
    endRange,
    tailDistances(quote.slice(-EDGE_LENGTH), text, ...endRange),
    headDistances(context.suffix ?? '', text, ...endRange),
  );
  if (start === candidate.start && end === candidate.end) return candidate;
  return { start, end, errors: countErrors(quote, text.slice(start, end)) };
}

function clamp(text: string, from: number, to: number): [number, number] {
  return [Math.max(0, from), Math.min(text.length, Math.max(from, to))];
}

// The offset of least summed cost; `from` on a tie, then the nearer one, so a refinement never
// moves an edge without a reason.
function bestOffset(
  from: number,
  [lo]: [number, number],
  before: Uint32Array,
  after: Uint32Array,
): number {
  const cost = (at: number) => (before[at - lo] ?? Infinity) + (after[at - lo] ?? Infinity);
  let best = from;
  let bestCost = cost(from);
  for (let shift = 1; shift <= before.length; shift++) {
    for (const at of [from - shift, from + shift]) {
      const c = cost(at);
      if (c < bestCost) [best, bestCost] = [at, c];
    }
  }
  return best;
}

// Edit distance of the refined span to the quote, from the bit-parallel search: the best
// alignment's errors plus the span characters it leaves out at either edge.
function countErrors(quote: string, span: string): number {
  let best = Math.max(quote.length, span.length);
  for (const m of search(span, quote, Math.min(quote.length, best))) {
    best = Math.min(best, m.errors + m.start + (span.length - m.end));
  }
  return best;
}
