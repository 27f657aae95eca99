/** The committed entity model, decoded once on first use (no fs, no network: it is bundled). */
import data from '../models/actors.json';
import { deserializeModel, type LinearModel, type SerializedModel } from '../tagger';

let cached: LinearModel | null = null;

/** The trained entity tagger. */
export function entityModel(): LinearModel {
  cached ??= deserializeModel((data as { tagger: SerializedModel }).tagger);
  return cached;
}
