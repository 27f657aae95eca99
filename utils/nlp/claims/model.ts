/** The shipped claim models, unpacked on first use and kept for the life of the page. */
import { deserializeModel, type SerializedModel } from '../tagger';
import data from '../models/claims.json';
import type { ClaimModels } from './pipeline';

let cached: ClaimModels | null = null;

/** The cue and role taggers trained by `npm run train:claims`. */
export function claimModels(): ClaimModels {
  cached ??= {
    cue: deserializeModel(data.cue as SerializedModel),
    role: deserializeModel(data.role as SerializedModel),
  };
  return cached;
}
