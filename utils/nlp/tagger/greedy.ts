/** Left-to-right greedy decoding: each position sees the labels already chosen before it. */
import { FeatureBuffer, type FeatureSink } from './features';
import type { LinearModel } from './model';

/** Writes the features of position `i`; `history[j]` is the label id chosen for every j < i. */
export type FeatureFn = (i: number, history: Int32Array, sink: FeatureSink) => void;

/** Optional hard constraint, e.g. BIO validity: may `label` follow `prev` (-1 at the start)? */
export type Allowed = (i: number, prev: number, label: number) => boolean;

/** Scores every label of one position; the greedy decoder and the trainer share it. */
export type Scorer = (features: FeatureBuffer, out: Float64Array) => void;

/** Picks the best allowed label from `scores` (any array: the fast decoders pass integer sums). */
export function bestLabel(
  scores: ArrayLike<number>,
  i: number,
  prev: number,
  allowed?: Allowed,
): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let y = 0; y < scores.length; y++) {
    if (scores[y]! > bestScore && (!allowed || allowed(i, prev, y))) {
      best = y;
      bestScore = scores[y]!;
    }
  }
  return best < 0 ? 0 : best;
}

/** Runs the greedy loop with any scorer, calling `visit` after each decision (training hooks in). */
export function decodeGreedy(
  length: number,
  labelCount: number,
  features: FeatureFn,
  score: Scorer,
  allowed?: Allowed,
  visit?: (i: number, predicted: number, buffer: FeatureBuffer) => number,
): Int32Array {
  const history = new Int32Array(length);
  const buffer = new FeatureBuffer();
  const scores = new Float64Array(labelCount);
  for (let i = 0; i < length; i++) {
    buffer.clear();
    features(i, history, buffer);
    score(buffer, scores);
    const predicted = bestLabel(scores, i, i > 0 ? history[i - 1]! : -1, allowed);
    history[i] = visit ? visit(i, predicted, buffer) : predicted;
  }
  return history;
}

/** Tags a sequence of `length` positions with a trained model. */
export function tagGreedy(
  model: LinearModel,
  length: number,
  features: FeatureFn,
  allowed?: Allowed,
): Int32Array {
  return decodeGreedy(
    length,
    model.labels.length,
    features,
    (f, out) => model.score(f, out),
    allowed,
  );
}
