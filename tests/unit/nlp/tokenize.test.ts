import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/nlp/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, initials and dotted acronyms whole', () => {
    expect(words('Mr. Vladimir V. Putin visited the U.S. on Monday.')).toEqual([
      'Mr.',
      'Vladimir',
      'V.',
      'Putin',
      'visited',
      'the',
      'U.S.',
      'on',
      'Monday',
      '.',
    ]);
  });

  it('splits possessives, clitics, quotes and unspaced dashes', () => {
    expect(words("North Korea’s leader didn't say “aggression”—only Russia's")).toEqual([
      'North',
      'Korea',
      '’s',
      'leader',
      'did',
      "n't",
      'say',
      '“',
      'aggression',
      '”',
      '—',
      'only',
      'Russia',
      "'s",
    ]);
  });

  it('keeps numbers, hyphenated names and inner apostrophes together', () => {
    expect(words("over 11,000 containers, 3.5% of Kim Jong-un’s O'Neill")).toEqual([
      'over',
      '11,000',
      'containers',
      ',',
      '3.5',
      '%',
      'of',
      'Kim',
      'Jong-un',
      '’s',
      "O'Neill",
    ]);
  });

  it('does not take a sentence-final "no." as the abbreviation', () => {
    expect(words('He said no. No. 10 agreed.')).toEqual([
      'He',
      'said',
      'no',
      '.',
      'No.',
      '10',
      'agreed',
      '.',
    ]);
  });

  it('gives UTF-16 offsets that slice back to the token, astral characters included', () => {
    const text = '😀 Putin 👍🏽 met 𝒳 Kim\u200b in 東京 — “ok”';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Putin');
    expect(tokens.find((t) => t.text === 'Kim')?.start).toBe(text.indexOf('Kim'));
  });

  it('keeps a hyphenated compound with a capitalised part as one token', () => {
    expect(words('a Cold War-era pact by a Los Angeles-based firm')).toEqual([
      'a',
      'Cold',
      'War-era',
      'pact',
      'by',
      'a',
      'Los',
      'Angeles-based',
      'firm',
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
