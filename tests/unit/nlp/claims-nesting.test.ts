import { describe, expect, it } from 'vitest';
import { foldNestedClaims } from '../../../utils/nlp/claims/nesting';
import { growCues } from '../../../utils/nlp/claims/cue-extent';
import { buildContext } from '../../../utils/nlp/claims/context';
import type { ClaimDraft } from '../../../utils/nlp/claims/assemble';
import { tokenize } from '../../../utils/nlp/tokenize';
import { splitSentences } from '../../../utils/nlp/sentences';

function contextOf(text: string) {
  const tokens = tokenize(text);
  return buildContext(text, tokens, splitSentences(text, tokens));
}

/** Token range of the first occurrence of `words` (space-separated tokens). */
function at(ctx: ReturnType<typeof contextOf>, words: string): [number, number] {
  const w = words.split(' ');
  for (let i = 0; i + w.length <= ctx.lower.length; i++)
    if (w.every((x, k) => ctx.lower[i + k] === x)) return [i, i + w.length];
  throw new Error(`no "${words}"`);
}

function draft(
  ctx: ReturnType<typeof contextOf>,
  cue: string,
  source: string | null,
  content: string[],
): ClaimDraft {
  return {
    cue: at(ctx, cue),
    source: source ? at(ctx, source) : null,
    content: content.map((c) => at(ctx, c)),
  };
}

const text = (ctx: ReturnType<typeof contextOf>, [a, b]: [number, number]) =>
  ctx.lower.slice(a, b).join(' ');

describe('nested claims', () => {
  it('folds a cue inside another claim’s clause into that claim’s content', () => {
    const ctx = contextOf('Woodard said his survey showed support holding steady.');
    const drafts = [
      draft(ctx, 'said', 'woodard', []),
      draft(ctx, 'showed', 'his survey', ['support holding steady']),
    ];
    const out = foldNestedClaims(ctx, drafts);
    expect(out).toHaveLength(1);
    expect(text(ctx, out[0]!.cue)).toBe('said');
    expect(out[0]!.content.map((c) => text(ctx, c))).toEqual([
      'his survey showed support holding steady',
    ]);
  });

  it('keeps claims apart across a comma, a conjunction or a quotation mark', () => {
    for (const sentence of [
      'Smith said the talks stalled, Jones denied it.',
      'Smith said the talks stalled and Jones denied it.',
      'Smith said “the talks stalled” Jones denied it.',
    ]) {
      const ctx = contextOf(sentence);
      const drafts = [
        draft(ctx, 'said', 'smith', ['the talks stalled']),
        draft(ctx, 'denied', 'jones', ['it']),
      ];
      expect(foldNestedClaims(ctx, drafts), sentence).toHaveLength(2);
    }
  });

  it('keeps claims in different sentences or with the inner speaker outside', () => {
    const two = contextOf('Smith said it. Jones denied it.');
    expect(
      foldNestedClaims(two, [draft(two, 'said', 'smith', []), draft(two, 'denied', 'jones', [])]),
    ).toHaveLength(2);
    // The inner claim's speaker is the outer one's, before both cues.
    const ctx = contextOf('Smith said nothing then denied it.');
    const inner: ClaimDraft = { ...draft(ctx, 'denied', 'smith', ['it']) };
    expect(foldNestedClaims(ctx, [draft(ctx, 'said', 'smith', ['nothing']), inner])).toHaveLength(
      2,
    );
  });
});

describe('"according to" and the cues after it', () => {
  it('takes a later cue of its sentence into its content, across a comma', () => {
    const ctx = contextOf(
      'According to a new survey, 51 percent of respondents said they would vote for Clinton.',
    );
    const drafts = [
      draft(ctx, 'according to', 'a new survey', []),
      draft(ctx, 'said', '51 percent of respondents', ['they would vote for clinton']),
    ];
    const out = foldNestedClaims(ctx, drafts);
    expect(out).toHaveLength(1);
    expect(text(ctx, out[0]!.cue)).toBe('according to');
  });

  it('leaves a cue of the next sentence alone', () => {
    const ctx = contextOf('According to the survey, turnout fell. Officials said it would rise.');
    const drafts = [
      draft(ctx, 'according to', 'the survey', ['turnout fell']),
      draft(ctx, 'said', 'officials', ['it would rise']),
    ];
    expect(foldNestedClaims(ctx, drafts)).toHaveLength(2);
  });
});

describe('cue extent', () => {
  it('grows a cue over the auxiliaries and negation before it, within its sentence', () => {
    const ctx = contextOf('Ryan has not endorsed Trump. Did Cruz say so?');
    const grown = growCues(ctx, [at(ctx, 'endorsed'), at(ctx, 'say')]);
    expect(grown.map((c) => text(ctx, c))).toEqual(['has not endorsed', 'say']);
  });

  it('never grows into the cue before it', () => {
    const ctx = contextOf('He said would not matter.');
    const grown = growCues(ctx, [at(ctx, 'said'), at(ctx, 'matter')]);
    expect(grown.map((c) => text(ctx, c))).toEqual(['said', 'would not matter']);
  });
});
