import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityModel } from '../../../utils/nlp/actors/model';
import { tagEntityLabels, tagEntityLabelsReference } from '../../../utils/nlp/actors/tag-entities';
import { splitSentences } from '../../../utils/nlp/sentences';
import { tokenize } from '../../../utils/nlp/tokenize';

const SEED = readFileSync(join(__dirname, '../../fixtures/seed-article.txt'), 'utf8');

// Headlines, sentence starts, repeats (cached word and document sums), edges and odd scripts.
const TEXTS = [
  SEED,
  'PUTIN AND KIM SIGN PACT\n\nKim met Putin. Putin met Kim. Mr. Kim said Kim Jong-un would go.',
  'A\n\nb C d. E',
  'Émile Zola wrote in Paris; 東京 and Москва are far; 🇰🇵 Kim Jong-un waved.',
  '',
];

describe('fast entity decoder', () => {
  it('decides every token exactly as the generic tagger over the same features', () => {
    const model = entityModel();
    for (const pass of [1, 2, 3]) {
      // Before the third pass, enough tokens for the decoder to switch on its key filter.
      if (pass === 3) {
        const long = Array.from({ length: 64 }, () => SEED).join('\n\n');
        const tokens = tokenize(long);
        expect(tokens.length).toBeGreaterThan(20_000);
        tagEntityLabels(model, tokens, splitSentences(long, tokens));
      }
      for (const text of TEXTS) {
        const tokens = tokenize(text);
        const sentences = splitSentences(text, tokens);
        const fast = Array.from(tagEntityLabels(model, tokens, sentences));
        const reference = Array.from(tagEntityLabelsReference(model, tokens, sentences));
        expect(fast, `pass ${pass}: ${text.slice(0, 30)}`).toEqual(reference);
      }
    }
    // Not vacuous: the seed article has entities.
    const tokens = tokenize(SEED);
    expect(tagEntityLabels(model, tokens, splitSentences(SEED, tokens)).some((l) => l > 0)).toBe(
      true,
    );
  });
});
