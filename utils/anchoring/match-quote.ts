/**
 * Approximate quote matching. Candidates come from Myers' bit-parallel search
 * (approx-string-match, as in Hypothesis), which keeps only the fewest-error matches of a scan;
 * they are then ranked by quote, context and position (see score-match.ts).
 */
import search from 'approx-string-match';
import {
  nearestFirst,
  rankCandidates,
  type Candidate,
  type QuoteContext,
  type ScoredCandidate,
} from './score-match';
import { refineSpan } from './refine-span';

// Hypothesis's cap: a whole-text scan costs O(n * errors / 32).
const MAX_ERRORS = 256;
// Longer quotes are located by short probes, then verified only where a probe landed.
const LONG_QUOTE = 256;
const PROBE_LENGTH = 64;
const PROBE_ERRORS = 16;
const MAX_REGIONS = 24;
// A short quote in a long text can have thousands of equally good matches; rank the nearest.
const MAX_CANDIDATES = 2000;
const REFINED = 8;

/** Errors tolerated when scanning a whole text for a quote of `length` characters. */
export function errorBudget(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length / 2));
}

/**
 * Best approximate occurrence of `quote` in `text`, ranked by quote, prefix, suffix and position
 * similarity, or null when nothing is within the error budget.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
): ScoredCandidate | null {
  return rankQuoteMatches(text, quote, context)[0] ?? null;
}

/** Approximate occurrences of `quote` in `text` within the error budget, best first. */
export function rankQuoteMatches(
  text: string,
  quote: string,
  context: QuoteContext = {},
): ScoredCandidate[] {
  if (quote.length === 0 || text.length === 0) return [];
  const candidates =
    quote.length > LONG_QUOTE
      ? probeCandidates(text, quote, context.hint)
      : scanCandidates(text, quote, context.hint);
  const unique = nearestFirst(dedupe(candidates), context.hint, MAX_CANDIDATES);
  const ranked = rankCandidates(text, unique, quote.length, context);
  // Only the leaders are worth the cost of placing their edges precisely.
  const refined = ranked.slice(0, REFINED).map((c) => refineSpan(text, quote, c, context));
  const leaders = rankCandidates(text, dedupe(refined), quote.length, context);
  return leaders.concat(ranked.slice(REFINED));
}

// Scan the whole text. The scan keeps only the globally fewest-error matches, and an edited
// quote where it used to be may have a few more errors than some look-alike elsewhere, so the
// neighbourhood of the old position is searched on its own too.
function scanCandidates(text: string, quote: string, hint: number | undefined): Candidate[] {
  const budget = errorBudget(quote.length);
  const candidates = search(text, quote, budget);
  if (hint === undefined) return candidates;
  const slack = budget + PROBE_LENGTH;
  const region = clampRegion(text, hint - slack, hint + quote.length + slack);
  return candidates.concat(searchRegion(text, quote, region, budget));
}

// Locate a long quote by its head, middle and tail, then verify the full quote only in the
// regions where a probe landed (and around the old position). Verification is local, so it can
// afford an error budget proportional to the quote rather than capped.
function probeCandidates(text: string, quote: string, hint: number | undefined): Candidate[] {
  const budget = Math.floor(quote.length / 2);
  const probeOffsets = [0, (quote.length - PROBE_LENGTH) >> 1, quote.length - PROBE_LENGTH];
  let regions: Array<[number, number]> = [];
  for (const offset of probeOffsets) {
    const probe = quote.slice(offset, offset + PROBE_LENGTH);
    for (const hit of search(text, probe, PROBE_ERRORS)) {
      const start = hit.start - offset;
      regions.push(clampRegion(text, start - budget, start + quote.length + budget));
    }
  }
  if (hint !== undefined) {
    regions = nearestRegions(regions, hint, MAX_REGIONS - 1);
    regions.push(clampRegion(text, hint - budget, hint + quote.length + budget));
  } else {
    regions = regions.slice(0, MAX_REGIONS);
  }
  return mergeRegions(regions).flatMap((region) => searchRegion(text, quote, region, budget));
}

function searchRegion(
  text: string,
  quote: string,
  [from, to]: [number, number],
  budget: number,
): Candidate[] {
  if (to <= from) return [];
  return search(text.slice(from, to), quote, budget).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

function clampRegion(text: string, from: number, to: number): [number, number] {
  return [Math.max(0, from), Math.min(text.length, to)];
}

function mergeRegions(regions: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...regions].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function nearestRegions(
  regions: Array<[number, number]>,
  hint: number,
  limit: number,
): Array<[number, number]> {
  if (regions.length <= limit) return regions;
  return [...regions].sort((a, b) => Math.abs(a[0] - hint) - Math.abs(b[0] - hint)).slice(0, limit);
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
