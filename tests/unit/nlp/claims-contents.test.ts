import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../utils/nlp/claims/context';
import { fillEmptyContents } from '../../../utils/nlp/claims/content-fallback';
import { cutContentsAtCoordination } from '../../../utils/nlp/claims/repair';
import type { ClaimDraft } from '../../../utils/nlp/claims/assemble';
import { splitSentences } from '../../../utils/nlp/sentences';
import { tokenize } from '../../../utils/nlp/tokenize';

/** The content the fallback gives a content-less draft on `cue` (its first occurrence). */
function filled(text: string, cue: string, others: ClaimDraft[] = []): string | null {
  const tokens = tokenize(text);
  const ctx = buildContext(text, tokens, splitSentences(text, tokens));
  const at = tokens.findIndex((t) => t.text === cue);
  const draft: ClaimDraft = { cue: [at, at + 1], source: null, content: [] };
  fillEmptyContents(ctx, [...others, draft]);
  const c = draft.content[0];
  return c ? text.slice(tokens[c[0]]!.start, tokens[c[1] - 1]!.end) : null;
}

describe('contents for cues the tagger left without one', () => {
  it('takes the quotation closing just before the cue', () => {
    expect(filled('“We will win this state,” he said.', 'said')).toBe('“We will win this state,”');
  });

  it('takes the rest of the sentence after the cue, without its final punctuation', () => {
    expect(
      filled('Madison recalled in 2008 that voters doubted him. Then he left.', 'recalled'),
    ).toBe('in 2008 that voters doubted him');
  });

  it('never takes words another claim uses, nor a single word', () => {
    // Tokens 2-6 ("the plan would fail") already belong to another claim's content.
    const other: ClaimDraft = { cue: [0, 1], source: null, content: [[2, 6]] };
    expect(filled('Officials warned the plan would fail.', 'warned', [other])).toBeNull();
    expect(filled('He agreed.', 'agreed')).toBeNull();
  });
});

describe('contents after the cue', () => {
  /** The content left of a draft whose content runs from after `cue` to the sentence end. */
  function cut(text: string, cue: string): string {
    const tokens = tokenize(text);
    const ctx = buildContext(text, tokens, splitSentences(text, tokens));
    const at = tokens.findIndex((t) => t.text === cue);
    const last = tokens.length - 1;
    const draft: ClaimDraft = { cue: [at, at + 1], source: [0, 1], content: [[at + 1, last]] };
    cutContentsAtCoordination(ctx, [draft]);
    const [a, b] = draft.content[0]!;
    return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  }

  it('ends at ", and" or ", but": the speaker’s next action is no part of the claim', () => {
    expect(
      cut('Sanders dismissed ideological labels, and ripped into the Republicans.', 'dismissed'),
    ).toBe('ideological labels');
    expect(cut('Smith denied the report, but admitted the meeting.', 'denied')).toBe('the report');
  });

  it('keeps a coordination inside a quotation or without a comma', () => {
    expect(cut('Smith said “we lost, and we will rebuild” today.', 'said')).toBe(
      '“we lost, and we will rebuild” today',
    );
    expect(cut('Smith said prices rose and wages fell.', 'said')).toBe(
      'prices rose and wages fell',
    );
  });

  it('ends at a semicolon or a participle clause outside a quotation', () => {
    expect(cut('Ryan said he cannot support Trump; the party is split.', 'said')).toBe(
      'he cannot support Trump',
    );
    expect(cut('Ryan said he cannot support Trump, throwing the race into doubt.', 'said')).toBe(
      'he cannot support Trump',
    );
  });

  it('keeps "including" and participles inside a quotation', () => {
    expect(cut('Smith said several states, including Ohio, would vote.', 'said')).toBe(
      'several states, including Ohio, would vote',
    );
    expect(cut('Smith said “we lost, throwing it all away” today.', 'said')).toBe(
      '“we lost, throwing it all away” today',
    );
  });
});
