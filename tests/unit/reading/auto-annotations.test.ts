import { describe, expect, it } from 'vitest';
import { autoAnnotations } from '../../../entrypoints/reader.content/auto-annotations';
import type { Analysis } from '../../../utils/nlp/types';

const TEXT = 'Russia signed. The Kremlin said the pact was defensive.';
const at = (text: string) => {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text };
};
const analysis: Analysis = {
  actors: [
    { id: 'a1', name: 'Russia', type: 'place', mentions: [{ ...at('Russia'), form: 'name' }] },
    {
      id: 'a2',
      name: 'Kremlin',
      type: 'place',
      refersTo: 'a1',
      mentions: [{ ...at('Kremlin'), form: 'name' }],
    },
  ],
  claims: [
    {
      id: 'c1',
      kind: 'other',
      cue: at('said'),
      source: { ...at('Kremlin'), actor: 'a1' },
      content: at('the pact was defensive'),
      quoted: 'none',
      hedged: true,
    },
  ],
};

describe('automatic annotations', () => {
  it('store what a metonym stands for, and nothing of the kind for other actors', () => {
    const actors = autoAnnotations(TEXT, analysis, 'https://news.example/a')
      .filter((a) => a.kind === 'actor')
      .map((a) => a.actor);
    expect(actors).toEqual([
      { name: 'Russia', type: 'place', form: 'name', mentionCount: 1 },
      { name: 'Kremlin', type: 'place', form: 'name', mentionCount: 1, standsFor: 'Russia' },
    ]);
  });

  it('store whether a claim is hedged or negated only when it is', () => {
    const [claim] = autoAnnotations(TEXT, analysis, 'https://news.example/a')
      .filter((a) => a.kind === 'claim')
      .map((a) => a.claim!);
    expect(claim).toMatchObject({ speaker: 'Russia', cue: 'said', hedged: true });
    expect(claim).not.toHaveProperty('negated');
  });
});
