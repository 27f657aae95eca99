/**
 * Boundary refinement for approximate matches. Myers' search reports one start per match end
 * (the longest alignment), so when a word at the quote's edge was replaced by a longer or
 * shorter one, the span may swallow part of the context or stop short of the quote. Each edge is
 * moved, within a few characters, to where the saved context and the quote's own edge agree best.
 */
import search from 'approx-string-match';
import { distanceToHead, distanceToTail, editDistance } from './score-match';
import type { Candidate, QuoteContext } from './score-match';

// How far an edge may move (more when the match has more errors to misplace it by), and how
// much of the quote's edge is compared.
const MIN_SHIFT = 16;
const MAX_SHIFT = 128;
const EDGE_LENGTH = 32;
const SLACK = 8;
// Above this many DP cells, recount errors with the bit-parallel search instead.
const MAX_DP_CELLS = 1_000_000;

/** `candidate` with its start and end moved to where quote and context line up best. */
export function refineSpan(
  text: string,
  quote: string,
  candidate: Candidate,
  context: QuoteContext,
): Candidate {
  const head = quote.slice(0, EDGE_LENGTH);
  const tail = quote.slice(-EDGE_LENGTH);
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const startCost = (at: number) =>
    distanceToTail(prefix, text.slice(Math.max(0, at - prefix.length - SLACK), at)) +
    distanceToHead(head, text.slice(at, at + head.length + SLACK));
  const endCost = (at: number) =>
    distanceToTail(tail, text.slice(Math.max(0, at - tail.length - SLACK), at)) +
    distanceToHead(suffix, text.slice(at, at + suffix.length + SLACK));
  const reach = Math.min(MAX_SHIFT, Math.max(MIN_SHIFT, candidate.errors));
  const start = bestOffset(candidate.start, [0, candidate.end], reach, startCost);
  const end = bestOffset(candidate.end, [start, text.length], reach, endCost);
  if (start === candidate.start && end === candidate.end) return candidate;
  return { start, end, errors: countErrors(quote, text.slice(start, end), candidate.errors) };
}

// The offset within `reach` of `from` (and within [min, max]) of least cost; `from` on a tie,
// then the nearer one, so a refinement never moves an edge without a reason.
function bestOffset(
  from: number,
  [min, max]: [number, number],
  reach: number,
  cost: (at: number) => number,
): number {
  let best = from;
  let bestCost = cost(from);
  for (let shift = 1; shift <= reach && bestCost > 0; shift++) {
    for (const at of [from - shift, from + shift]) {
      if (at < min || at > max) continue;
      const c = cost(at);
      if (c < bestCost) [best, bestCost] = [at, c];
    }
  }
  return best;
}

function countErrors(quote: string, span: string, before: number): number {
  if (quote.length * span.length <= MAX_DP_CELLS) return editDistance(quote, span);
  // A lower bound (the span's edges are free), good enough once the edges were placed by context.
  const budget = Math.min(quote.length, before + 2 * MAX_SHIFT);
  return search(span, quote, budget)[0]?.errors ?? before;
}
