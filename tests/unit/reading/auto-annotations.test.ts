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
  claims: [],
};

describe('automatic annotations', () => {
  it('store what a metonym stands for, and nothing of the kind for other actors', () => {
    const actors = autoAnnotations(TEXT, analysis, 'https://news.example/a').map((a) => a.actor);
    expect(actors).toEqual([
      { name: 'Russia', type: 'place', form: 'name', mentionCount: 1 },
      { name: 'Kremlin', type: 'place', form: 'name', mentionCount: 1, standsFor: 'Russia' },
    ]);
  });
});
