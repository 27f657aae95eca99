import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, splitSentences } from '../../../utils/nlp/sentences';
import { tokenize } from '../../../utils/nlp/tokenize';

const split = (text: string) =>
  splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break after titles, initials or mid-sentence acronyms', () => {
    expect(
      split('President Vladimir V. Putin met Mr. Kim in the U.S. last week. He left.'),
    ).toEqual(['President Vladimir V. Putin met Mr. Kim in the U.S. last week.', 'He left.']);
  });

  it('breaks after an acronym that ends a sentence before a clear opener', () => {
    expect(split('He flew to the U.S. The talks began.')).toEqual([
      'He flew to the U.S.',
      'The talks began.',
    ]);
  });

  it('keeps closing quotes with their sentence and quoted questions inside it', () => {
    expect(split('“Why now?” he asked. “Because.” She left!')).toEqual([
      '“Why now?” he asked.',
      '“Because.”',
      'She left!',
    ]);
  });

  it('always breaks at a blank line, even without punctuation', () => {
    expect(split('A headline without a stop\n\nBody text starts here.')).toEqual([
      'A headline without a stop',
      'Body text starts here.',
    ]);
  });

  it('covers every token exactly once with consistent ranges', () => {
    const text = 'One. Two three! Four?\n\nFive six';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    let next = 0;
    for (const s of sentences) {
      expect(s.tokenStart).toBe(next);
      expect(s.start).toBe(tokens[s.tokenStart]!.start);
      expect(s.end).toBe(tokens[s.tokenEnd - 1]!.end);
      next = s.tokenEnd;
    }
    expect(next).toBe(tokens.length);
  });

  it('cuts runaway sentences', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `word${i},`).join(' ');
    const sentences = splitSentences(text, tokenize(text));
    expect(sentences.length).toBeGreaterThan(4);
    for (const s of sentences)
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });

  it('returns nothing for no tokens', () => {
    expect(splitSentences('', [])).toEqual([]);
  });
});
