import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../utils/nlp/claims/context';
import { dropAppearanceSources, isAppearanceCue } from '../../../utils/nlp/claims/impersonal';
import { fillSourcesFromMentions } from '../../../utils/nlp/claims/source-fallback';
import type { ClaimDraft } from '../../../utils/nlp/claims/assemble';
import { splitSentences } from '../../../utils/nlp/sentences';
import { tokenize } from '../../../utils/nlp/tokenize';

/** Context and token index helpers for one text. */
function setup(text: string) {
  const tokens = tokenize(text);
  const ctx = buildContext(text, tokens, splitSentences(text, tokens));
  const at = (w: string) => tokens.findIndex((t) => t.text === w);
  const show = (r: [number, number]) => text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end);
  return { ctx, at, show };
}

describe('cues of appearance', () => {
  it('recognises a bare seem/appear verb, with negation or "to"', () => {
    const { ctx, at } = setup(
      'The court did not seem to care, and Democrats appeared pleased with her.',
    );
    expect(isAppearanceCue(ctx, [at('did'), at('to') + 1])).toBe(true);
    expect(isAppearanceCue(ctx, [at('appeared'), at('with') + 1])).toBe(false);
  });

  it('has no source: its subject becomes part of the content', () => {
    const { ctx, at, show } = setup('The closures appear to have brought some stability.');
    const d: ClaimDraft = {
      cue: [at('appear'), at('appear') + 1],
      source: [0, 2],
      content: [[at('to'), at('.')]],
    };
    dropAppearanceSources(ctx, [d]);
    expect(d.source).toBeNull();
    expect(d.content.map(show)).toEqual(['The closures', 'to have brought some stability']);
  });

  it('keeps a speaker for a reporting cue, and the fallback gives an appearance cue none', () => {
    const { ctx, at } = setup('Smith said the plan seems to work.');
    const said: ClaimDraft = { cue: [at('said'), at('said') + 1], source: [0, 1], content: [] };
    dropAppearanceSources(ctx, [said]);
    expect(said.source).toEqual([0, 1]);
    const seems: ClaimDraft = { cue: [at('seems'), at('seems') + 1], source: null, content: [] };
    fillSourcesFromMentions(ctx, [seems]);
    expect(seems.source).toBeNull();
  });
});
