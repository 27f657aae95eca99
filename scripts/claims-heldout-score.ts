/**
 * Held-out figures of saved held-out models (from `CLAIMS_HELDOUT_OUT=... npm run train:claims`)
 * through the current run-time pipeline, so a change to the rules after tagging can be scored
 * on the tenth without training again. Never run on dev.
 *
 * Usage: CLAIMS_FOLD=0 npx tsx scripts/claims-heldout-score.ts HELDOUT.json
 */
import { pipelineScores } from './lib/claims-train';
import { heldoutSetup } from './lib/claims-heldout';

const { models, held, fold } = heldoutSetup('claims-heldout-score.ts HELDOUT.json', 0);
const s = pipelineScores(held, models);
console.log(
  `fold ${fold}: cue ${s.cue.toFixed(1)} source ${s.src.toFixed(1)} content ${s.content.toFixed(1)} ` +
    `end-to-end ${s.e2e.toFixed(1)}`,
);
