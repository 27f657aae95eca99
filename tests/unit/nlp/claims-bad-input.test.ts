import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { tokenize } from '../../../utils/nlp/tokenize';
import { splitSentences } from '../../../utils/nlp/sentences';
import type { Claim } from '../../../utils/nlp/types';

function claimsOf(text: string): Claim[] {
  const tokens = tokenize(text);
  return findClaims(text, tokens, splitSentences(text, tokens), []);
}

/** Content pieces may cross a blank line only inside a quotation that opened before it. */
function crossesBlockUnquoted(text: string, c: Claim): boolean {
  for (const p of c.contentParts ?? (c.content ? [c.content] : [])) {
    const inner = text.slice(p.start, p.end);
    const breakAt = inner.search(/\n\s*\n/);
    if (breakAt < 0) continue;
    const before = inner.slice(0, breakAt);
    if (!/["“«'‘]/.test(before) && !/^\s*["“«]/.test(inner.slice(breakAt).trimStart())) return true;
  }
  return false;
}

function checkSpans(text: string, claims: Claim[]): void {
  for (const c of claims) {
    for (const s of [c.cue, c.source, c.content, ...(c.contentParts ?? [])]) {
      if (!s) continue;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(crossesBlockUnquoted(text, c), `content of "${c.cue.text}" runs across a block`).toBe(
      false,
    );
  }
}

const BAD: Record<string, string> = {
  'unbalanced straight quotes':
    'He said "we will win. She said "no.\n\nThe vote is on Tuesday, officials said.',
  'mixed quote marks':
    "She said “we will win\" and 'they' won’t, «nobody» knows.\n\nAnother paragraph follows.",
  'a quote that never closes':
    '“This goes on and on, the mayor said, and on\n\nNext block with no quotes at all here.\n\nAnd another.',
  'apostrophes only':
    "The players' union said it won't sign the owners' offer, the union's lawyer said.",
  'closing marks only': 'Nobody” said” anything” here”.\n\n”Stray.',
  'a verbless headline and list':
    'Trump vs. Clinton: the final stretch\n\n- Taxes\n- Trade\n- Immigration\n\nPhotos: Election night',
  'a transcript':
    'Q: Did you say that?\nA: I said what I said.\n\nQ: Will you run?\nA: No comment.\n\nMR. SMITH: We deny it.',
  'empty text': '',
  'only punctuation': '"" “” «» ,,, ... !!! ??? -- —',
};

describe('findClaims on bad input', () => {
  it.each(Object.entries(BAD))('%s: no exception, sane spans', (_name, text) => {
    checkSpans(text, claimsOf(text));
  });

  it('handles a 500-word sentence in bounded time', () => {
    const words = Array.from({ length: 500 }, (_, i) =>
      i % 25 === 7 ? 'said' : i % 11 === 0 ? '“quoted' : `word${i}`,
    );
    const text = `The senator ${words.join(' ')} ended.`;
    const t0 = performance.now();
    const claims = claimsOf(text);
    // Generous bounds: the machine is shared; runaway (quadratic) work would take far longer.
    expect(performance.now() - t0).toBeLessThan(3000);
    checkSpans(text, claims);
  });

  it('handles a long article of mixed junk in bounded time', () => {
    const text = Object.values(BAD).join('\n\n').repeat(40);
    const t0 = performance.now();
    checkSpans(text, claimsOf(text));
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
