import { describe, expect, it } from 'vitest';
import { actorNamed, actorsOf } from './actors-helpers';

// A name hyphenated onto a lower-case word is a modifier ("Cold War-era pledge"): one name or
// none, never split into "Cold" and "War-era", and never a name ending in the modifier.
const MUST_NOT_SPLIT = [
  'Putin and Kim revived a Cold War-era mutual defense pledge on Wednesday.',
  'The Obama-era rules were dropped by the new administration last year.',
  'A Los Angeles-based company said on Monday it would cut 300 jobs.',
  'Troops of the U.S.-led coalition entered the town after a week of fighting.',
  'The Soviet-era factory in the Ural mountains was closed in 1998.',
];

describe('hyphenated compound modifiers', () => {
  it.each(MUST_NOT_SPLIT)('keeps the name and drops the modifier tail: %s', (text) => {
    const mentions = actorsOf(text).flatMap((a) => a.mentions.filter((m) => m.form === 'name'));
    for (const m of mentions) {
      expect(m.text).not.toMatch(/-\p{Ll}+$/u);
      // No mention starts or ends inside a hyphenated word.
      expect(text[m.start - 1] ?? ' ').not.toMatch(/[\p{L}-]/u);
      expect(text[m.end] ?? ' ').not.toMatch(/\p{L}/u);
      if (text[m.end] === '-') expect(text.slice(m.end + 1)).toMatch(/^\p{Ll}/u);
    }
    // "Cold" alone is no name here; "War-era" is not a word of one.
    expect(mentions.map((m) => m.text)).not.toContain('Cold');
    expect(mentions.some((m) => m.text.startsWith('War'))).toBe(false);
  });

  it('finds the country inside "U.S.-led"', () => {
    const usa = actorNamed(actorsOf(MUST_NOT_SPLIT[3]!), 'United States');
    expect(usa?.mentions.map((m) => m.text)).toEqual(['U.S.']);
  });

  it('keeps a lower-case tail that belongs to a person’s name', () => {
    const kim = actorNamed(
      actorsOf('North Korea’s leader, Kim Jong-un, met Putin.'),
      'Kim Jong-un',
    );
    expect(kim?.mentions.map((m) => m.text)).toContain('Kim Jong-un');
  });
});
