/** Runs the entity tagger over one document's tokens (model passed in, so training can reuse it). */
import type { Sentence } from '../sentences';
import { tagGreedy, type LinearModel } from '../tagger';
import type { Token } from '../tokenize';
import { buildContext, entityFeatures } from './features';
import { bioAllowed, entitiesFromLabels, type TokenEntity } from './labels';

/** BIO label ids for every token of a document. */
export function tagEntityLabels(
  model: LinearModel,
  tokens: Token[],
  sentences: Sentence[],
  gazetteer: string[],
): Int32Array {
  const ctx = buildContext(tokens, sentences, gazetteer);
  return tagGreedy(
    model,
    tokens.length,
    entityFeatures(ctx),
    bioAllowed((i) => ctx.first[i] === 1),
  );
}

/** Typed entity token ranges found in a document. */
export function tagEntities(
  model: LinearModel,
  tokens: Token[],
  sentences: Sentence[],
  gazetteer: string[],
): TokenEntity[] {
  return entitiesFromLabels(tagEntityLabels(model, tokens, sentences, gazetteer));
}
