/**
 * Location metonymy: is a place name read as the place ("in Washington") or as the people or
 * government it stands for ("Washington claims", "Pyongyang's programs")? A small classifier
 * trained on ReLocaR and SemEval examples reads the words around the name.
 */
import {
  FeatureBuffer,
  combineHash as mix,
  hashString,
  type FeatureSink,
  type LinearModel,
} from '../tagger';
import type { Token } from '../tokenize';
import { wordInfo } from './word-info';

/** Labels of the metonymy classifier. */
export const METONYMY_LABELS = ['literal', 'metonymic'];

const K = Object.fromEntries(
  ['b', 'p1', 'p2', 'n1', 'n2', 'n1x', 'p1n1', 'poss', 'bos', 'p1s', 'n1s', 'w', 'p3'].map((k) => [
    k,
    hashString(k),
  ]),
) as Record<string, number>;
const NONE = hashString('<none>');
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** Writes the context features of the place name spanning tokens [start, end). */
export function metonymyFeatures(
  tokens: Token[],
  start: number,
  end: number,
  f: FeatureSink,
): void {
  const word = (i: number) => (i >= 0 && i < tokens.length ? wordInfo(tokens[i]!.text) : null);
  const p1 = word(start - 1);
  const p2 = word(start - 2);
  const p3 = word(start - 3);
  const n1 = word(end);
  const n2 = word(end + 1);
  const possessive = end < tokens.length && POSSESSIVE.has(tokens[end]!.text);
  f.addHash(K.b!);
  f.addHash(mix(K.p1!, p1?.word ?? NONE));
  f.addHash(mix(K.p2!, p2?.word ?? NONE));
  f.addHash(mix(K.p3!, p3?.word ?? NONE));
  f.addHash(mix(K.n1!, n1?.word ?? NONE));
  f.addHash(mix(K.n2!, n2?.word ?? NONE));
  f.addHash(mix(K.p1s!, p1?.shape ?? NONE));
  f.addHash(mix(K.n1s!, n1?.shape ?? NONE));
  f.addHash(mix(mix(K.p1n1!, p1?.word ?? NONE), n1?.word ?? NONE));
  if (n1 && n1.lower.length > 3) f.addHash(mix(K.n1x!, hashString(n1.lower.slice(-2))));
  if (possessive) f.addHash(K.poss!);
  if (start === 0) f.addHash(K.bos!);
}

/** True when the place name at tokens [start, end) stands for its people or government. */
export function isMetonymic(
  model: LinearModel,
  tokens: Token[],
  start: number,
  end: number,
): boolean {
  const f = new FeatureBuffer();
  metonymyFeatures(tokens, start, end, f);
  const scores = new Float64Array(2);
  model.score(f, scores);
  return scores[1]! > scores[0]!;
}
