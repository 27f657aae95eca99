/** The shipped claim models, unpacked on first use and kept for the life of the page. */
import { deserializeModel, hashString, type LinearModel } from '../tagger';
import data from '../models/claims.json';
import { key } from './cue-features';
import type { ClaimModels } from './pipeline';

/** Whatever file format the tagger reads (it keeps reading older ones). */
type ModelFile = Parameters<typeof deserializeModel>[0];

const BIAS = key('b');

/**
 * Adds `deltas[y]` to label y's weight on the always-on feature: a precision/recall knob that
 * training tunes on held-out articles and bakes into the saved model.
 */
export function shiftLabels(model: LinearModel, deltas: readonly number[]): void {
  let bias: number[] | null = null;
  model.forEachRow((hash, weights) => {
    if (hash === BIAS) bias = weights;
  });
  if (!bias) return;
  const row: number[] = bias;
  model.setRow(
    BIAS,
    row.map((w, y) => w + (deltas[y] ?? 0)),
  );
}

let cached: ClaimModels | null = null;

/** The cue and role taggers trained by `npm run train:claims`. */
export function claimModels(): ClaimModels {
  if (cached) return cached;
  const cue = deserializeModel(data.cue as ModelFile);
  const role = deserializeModel(data.role as ModelFile);
  const skip = (data as { cueSkip?: string[] }).cueSkip ?? [];
  cached = { cue, role, cueSkip: new Set(skip.map(hashString)) };
  return cached;
}
