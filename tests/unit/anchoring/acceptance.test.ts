// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { isConvincing, swallowsContext } from '../../../utils/anchoring/acceptance';
import type { ScoredCandidate } from '../../../utils/anchoring/score-match';

const CONTEXT = { prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) };

function candidate(quote: number, prefix: number, suffix: number, errors = 0): ScoredCandidate {
  const score = (50 * quote + 20 * prefix + 20 * suffix + 2) / 92;
  return {
    start: 0,
    end: 10,
    errors,
    score,
    quoteSimilarity: quote,
    prefixSimilarity: prefix,
    suffixSimilarity: suffix,
  };
}

suite('isConvincing', () => {
  it('takes a verbatim quote in its saved context, or with one side fully intact', () => {
    expect(isConvincing(candidate(1, 0.8, 0.7), 10, CONTEXT)).toBe(true);
    expect(isConvincing(candidate(1, 0.2, 1), 10, CONTEXT)).toBe(true);
    expect(isConvincing(candidate(1, 0.3, 0.3), 10, CONTEXT)).toBe(false);
  });

  it('takes a long verbatim quote anywhere, and a unique 20+ character one out of context', () => {
    expect(isConvincing(candidate(1, 0.1, 0.1), 80, CONTEXT)).toBe(true);
    expect(isConvincing(candidate(1, 0.1, 0.1), 24, CONTEXT, true)).toBe(true);
    expect(isConvincing(candidate(1, 0.1, 0.1), 24, CONTEXT, false)).toBe(false);
    expect(isConvincing(candidate(1, 0.1, 0.1), 12, CONTEXT, true)).toBe(false);
  });

  it('takes an approximate match only when it is close and in context', () => {
    expect(isConvincing(candidate(0.8, 1, 0.9, 2), 10, CONTEXT)).toBe(true);
    expect(isConvincing(candidate(0.8, 0.4, 0.5, 2), 10, CONTEXT)).toBe(false);
    expect(isConvincing(candidate(0.4, 1, 1, 6), 10, CONTEXT)).toBe(false);
    expect(isConvincing(candidate(0.9, 0.2, 0.2, 10), 100, CONTEXT)).toBe(false);
  });

  it('weighs each side of the context by its length', () => {
    const lopsided = { prefix: 'x'.repeat(4), suffix: 'y'.repeat(32) };
    expect(isConvincing(candidate(0.8, 0, 0.85, 2), 10, lopsided)).toBe(true);
    expect(isConvincing(candidate(0.8, 0.85, 0, 2), 10, lopsided)).toBe(false);
  });

  it('has only the quote to go by when nothing surrounded it', () => {
    expect(isConvincing(candidate(0.6, 1, 1, 4), 10, {})).toBe(true);
  });
});

suite('swallowsContext', () => {
  const text = 'compared to only 18% of Democratic statements. Aaron Sharockman responded';
  const context = { prefix: 'compared to only 18% of ', suffix: ' Aaron Sharockman responded' };

  it('flags a candidate that contains the saved prefix or suffix', () => {
    expect(
      swallowsContext(text, { ...candidate(0.6, 0.5, 1, 4), start: 0, end: 46 }, context),
    ).toBe(true);
    expect(swallowsContext(text, { ...candidate(0.6, 1, 1, 4), start: 24, end: 46 }, context)).toBe(
      false,
    );
  });

  it('ignores context too short to be telling', () => {
    expect(
      swallowsContext(
        'a of b',
        { ...candidate(0.6, 1, 1, 1), start: 0, end: 6 },
        { prefix: ' of ' },
      ),
    ).toBe(false);
  });
});
