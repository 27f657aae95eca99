/** Runs the entity tagger over one document's tokens (model passed in, so training can reuse it). */
import type { Sentence } from '../sentences';
import { tagGreedy, type Allowed, type FeatureFn, type LinearModel } from '../tagger';
import type { Token } from '../tokenize';
import { decodeEntities } from './decode';
import { buildContext, entityFeatures, type DocContext } from './features';
import { bioAllowed, entitiesFromLabels, joinModifiers, type TokenEntity } from './labels';
import { wordInfo } from './word-info';

/** The feature function and BIO constraint for one document (shared by training and tagging). */
export function documentTagging(
  tokens: Token[],
  sentences: Sentence[],
): { ctx: DocContext; features: FeatureFn; allowed: Allowed } {
  const ctx = buildContext(tokens, sentences);
  return {
    ctx,
    features: entityFeatures(ctx),
    allowed: bioAllowed(
      (i) => ctx.first[i] === 1,
      (i) => ctx.words[i]!.initial,
      (i) => ctx.words[i]!.plain,
    ),
  };
}

/** BIO label ids for every token of a text. */
export function tagEntityLabels(
  model: LinearModel,
  tokens: Token[],
  sentences: Sentence[],
): Int32Array {
  return decodeEntities(model, buildContext(tokens, sentences));
}

/** The same labels by the generic decoder over `entityFeatures`: the reference for the fast path. */
export function tagEntityLabelsReference(
  model: LinearModel,
  tokens: Token[],
  sentences: Sentence[],
): Int32Array {
  const { features, allowed } = documentTagging(tokens, sentences);
  return tagGreedy(model, tokens.length, features, allowed);
}

/** Typed entity token ranges found in a text. */
export function tagEntities(
  model: LinearModel,
  tokens: Token[],
  sentences: Sentence[],
): TokenEntity[] {
  return joinModifiers(
    entitiesFromLabels(tagEntityLabels(model, tokens, sentences)),
    (i) => wordInfo(tokens[i]!.text).modifier,
  );
}
