// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { errorBudget, matchQuote } from '../../../utils/anchoring/match-quote';
import {
  distanceToHead,
  distanceToTail,
  editDistance,
  headDistances,
  tailDistances,
} from '../../../utils/anchoring/edit-distance';
import { SEED_TEXT, spanOf } from './seed';

suite('matchQuote', () => {
  it('finds a quote with typos and reports its errors', () => {
    const [start, end] = spanOf(SEED_TEXT, 'mutual defense pledge on Wednesday');
    const match = matchQuote(SEED_TEXT, 'mutual defence pledge on Wednsday');
    expect(match).toMatchObject({ start, end, errors: 2 });
    expect(match?.quoteSimilarity).toBeCloseTo(1 - 2 / 33);
  });

  it('lets the context choose between equally close occurrences', () => {
    const text =
      'Alpha said the plan failed. Beta said the plan failed. Gamma said the plan failed.';
    const quote = 'said the plan faild';
    const match = matchQuote(text, quote, { prefix: 'failed. Beta ', suffix: '. Gamma' });
    expect(match?.start).toBe(text.indexOf('said', text.indexOf('Beta')));
  });

  it('lets the old position break a tie', () => {
    const text = 'one two three. one two three. one two three.';
    const match = matchQuote(text, 'one tw0 three', { hint: 30 });
    expect(match?.start).toBe(30);
  });

  it('returns null when nothing is within half the quote in errors', () => {
    expect(matchQuote(SEED_TEXT, 'zzzzzzzzzzqqqqqqqqqq')).toBeNull();
    expect(matchQuote(SEED_TEXT, '')).toBeNull();
    expect(matchQuote('', 'quote')).toBeNull();
  });

  it('caps the error budget as Hypothesis does', () => {
    expect(errorBudget(10)).toBe(5);
    expect(errorBudget(100_000)).toBe(256);
  });
});

suite('edit distances', () => {
  it('measures plain Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('aligns a prefix to the end of the text before a match', () => {
    expect(distanceToTail('the cat ', 'xxxx the cat ')).toBe(0);
    expect(distanceToTail('the cat ', 'the cat xx')).toBe(2);
  });

  it('aligns a suffix to the start of the text after a match', () => {
    expect(distanceToHead(' sat on', ' sat on the mat')).toBe(0);
    expect(distanceToHead(' sat on', 'xx sat on')).toBe(2);
  });

  it('computes the distances for every offset of a range in one pass, as one at a time would', () => {
    const text = 'the cat sat on the mat, the cat sat on the hat';
    const tails = tailDistances('cat sat', text, 5, 30);
    const heads = headDistances('on the', text, 5, 30);
    for (let at = 5; at <= 30; at++) {
      expect(tails[at - 5]).toBe(distanceToTail('cat sat', text.slice(0, at)));
      expect(heads[at - 5]).toBe(distanceToHead('on the', text.slice(at)));
    }
  });
});
