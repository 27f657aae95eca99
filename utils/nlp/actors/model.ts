/** The committed actor models, decoded once on first use (no fs, no network: they are bundled). */
import data from '../models/actors.json';
import { deserializeModel, type LinearModel, type SerializedModel } from '../tagger';

const models = data as unknown as { tagger: SerializedModel; metonymy: SerializedModel };
let tagger: LinearModel | null = null;
let metonymy: LinearModel | null = null;

/** The trained entity tagger. */
export function entityModel(): LinearModel {
  tagger ??= deserializeModel(models.tagger);
  return tagger;
}

/** The trained metonymy classifier. */
export function metonymyModel(): LinearModel {
  metonymy ??= deserializeModel(models.metonymy);
  return metonymy;
}
