/** The frozen builder of every shipped schema version, by version. */
import { buildV1, type DbFixture } from './schema-v1';
import { buildV2 } from './schema-v2';

/** Frozen builders by version; one per shipped schema version. */
export const BUILDERS: Record<number, (fixture: DbFixture) => Promise<void>> = {
  1: buildV1,
  2: buildV2,
};
