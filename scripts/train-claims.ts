/**
 * `npm run train:claims`: trains the cue tagger and the source/content tagger on PolNeAR train
 * and writes utils/nlp/models/claims.json. Every tenth training article is held out to choose
 * the epochs and the label shifts; the final models are then trained again on all of train
 * with those choices. Dev is never read. Deterministic: fixed article order, seeded shuffles.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadPolnear } from './lib/polnear';
import {
  cueEpoch,
  cueSkipWords,
  cueSpanF1,
  pipelineScores,
  prepare,
  roleEpoch,
  skipSet,
  type Prepared,
} from './lib/claims-train';
import {
  PerceptronTrainer,
  deserializeModel,
  serializeModel,
  type LinearModel,
} from '../utils/nlp/tagger';
import { CUE_LABELS, ROLE_LABELS } from '../utils/nlp/claims/taggers';
import { shiftLabels } from '../utils/nlp/claims/model';

const EPOCHS = Number(process.env.CLAIMS_EPOCHS ?? 3);
/** Weight quantisation step; perceptron weights count updates, so they reach the thousands. */
const STEP = Number(process.env.CLAIMS_STEP ?? 0.1);
/** Features updated fewer times than this are dropped (size, and noise). */
const MIN_COUNT = Number(process.env.CLAIMS_MIN_COUNT ?? 8);
/** Rows whose largest weight is below this are dropped when saving (size). */
const MIN_ROW = Number(process.env.CLAIMS_MIN_ROW ?? 0.3);
/** Bias shifts tried for the cue label and the content labels (CLAIMS_SHIFTS="0,3,6"). */
const SHIFTS = (process.env.CLAIMS_SHIFTS ?? '0,5,10,20,40').split(',').map(Number);
const OUT = 'utils/nlp/models/claims.json';

/** Quantises and prunes a model the way it will ship, and loads it back. */
function shipped(model: LinearModel): LinearModel {
  return deserializeModel(serializeModel(model, STEP, MIN_ROW));
}

/** The best bias shift for `labels` by `measure`; the model is left unshifted. */
function tuneShift(model: LinearModel, labels: number[], measure: () => number): number[] {
  const size = model.labels.length;
  const deltasFor = (d: number) =>
    Array.from({ length: size }, (_, y) => (labels.includes(y) ? d : 0));
  let best = { f: -1, deltas: deltasFor(0) };
  for (const d of SHIFTS) {
    const deltas = deltasFor(d);
    shiftLabels(model, deltas);
    const f = measure();
    shiftLabels(
      model,
      deltas.map((x) => -x),
    );
    console.log(`  shift ${d}: ${f.toFixed(1)}`);
    if (f > best.f) best = { f, deltas };
  }
  return best.deltas;
}

function selectCue(fit: Prepared[], held: Prepared[], skip: ReadonlySet<number>) {
  const trainer = new PerceptronTrainer(CUE_LABELS);
  let best = { f: -1, epoch: 0, model: null as LinearModel | null };
  for (let e = 1; e <= EPOCHS; e++) {
    cueEpoch(trainer, fit, e, skip);
    const model = shipped(trainer.average(MIN_COUNT, STEP));
    const f = cueSpanF1(held, model, skip);
    console.log(`cue epoch ${e}: held-out cue span F1 ${f.toFixed(1)}`);
    if (f > best.f) best = { f, epoch: e, model };
  }
  console.log('cue shift (held-out cue span F1):');
  const model = best.model!;
  const shift = tuneShift(model, [1], () => cueSpanF1(held, model, skip));
  shiftLabels(model, shift);
  return { epoch: best.epoch, shift, model };
}

function selectRole(fit: Prepared[], held: Prepared[], cue: LinearModel, cueSkip: Set<number>) {
  const trainer = new PerceptronTrainer(ROLE_LABELS);
  let best = { f: -1, epoch: 0, model: null as LinearModel | null };
  for (let e = 1; e <= EPOCHS; e++) {
    roleEpoch(trainer, fit, e);
    const model = shipped(trainer.average(MIN_COUNT, STEP));
    const s = pipelineScores(held, { cue, role: model, cueSkip });
    console.log(
      `role epoch ${e}: held-out cue ${s.cue.toFixed(1)} source ${s.src.toFixed(1)} ` +
        `content ${s.content.toFixed(1)} end-to-end ${s.e2e.toFixed(1)}`,
    );
    if (s.e2e > best.f) best = { f: s.e2e, epoch: e, model };
  }
  console.log('content shift (held-out end-to-end F1):');
  const role = best.model!;
  const shift = tuneShift(role, [3, 4], () => pipelineScores(held, { cue, role, cueSkip }).e2e);
  return { epoch: best.epoch, shift, model: role };
}

/** Trains one tagger for a fixed number of epochs on all articles, shifted and shipped. */
function final(
  labels: readonly string[],
  epochs: number,
  shift: number[],
  epoch: typeof cueEpoch,
  docs: Prepared[],
  skip?: ReadonlySet<number>,
): LinearModel {
  const trainer = new PerceptronTrainer(labels);
  for (let e = 1; e <= epochs; e++) epoch(trainer, docs, e, skip);
  const model = shipped(trainer.average(MIN_COUNT, STEP));
  shiftLabels(model, shift);
  return model;
}

const t0 = performance.now();
const all = loadPolnear('train').map(prepare);
// CLAIMS_FOLD holds out another tenth, for a second opinion on a change (the shipped choices
// are made on the first).
const fold = Number(process.env.CLAIMS_FOLD ?? 0);
const fit = all.filter((_, i) => i % 10 !== fold);
const held = all.filter((_, i) => i % 10 === fold);
console.log(`train: ${fit.length} articles for fitting, ${held.length} held out`);
const fitSkip = skipSet(cueSkipWords(fit));
const cue = selectCue(fit, held, fitSkip);
// Cue experiments only: stop before the role tagger.
if (process.env.CLAIMS_CUE_ONLY) process.exit(0);
const role = selectRole(fit, held, cue.model, fitSkip);
const cueSkip = cueSkipWords(all);
// For error analysis on the held-out tenth: the models that never saw it.
if (process.env.CLAIMS_HELDOUT_OUT) {
  shiftLabels(role.model, role.shift);
  writeFileSync(
    process.env.CLAIMS_HELDOUT_OUT,
    JSON.stringify({
      cueSkip: cueSkipWords(fit),
      cue: serializeModel(cue.model, STEP),
      role: serializeModel(role.model, STEP),
    }),
  );
}

// Model selection only (for trying a change on the held-out tenth): no final models, no file.
if (process.env.CLAIMS_SELECT_ONLY) process.exit(0);
console.log('final models on all of train');
const out = {
  about:
    'Claim taggers by scripts/train-claims.ts: PolNeAR train, epochs and shifts chosen on a held-out tenth.',
  epochs: { cue: cue.epoch, role: role.epoch },
  shift: { cue: cue.shift, role: role.shift },
  cueSkip,
  cue: serializeModel(
    final(CUE_LABELS, cue.epoch, cue.shift, cueEpoch, all, skipSet(cueSkip)),
    STEP,
  ),
  role: serializeModel(final(ROLE_LABELS, role.epoch, role.shift, roleEpoch, all), STEP),
};
const json = JSON.stringify(out);
writeFileSync(OUT, json + '\n');
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `wrote ${OUT}: ${kb(json.length)}, ${kb(gzipSync(json).length)} gzipped; ` +
    `epochs cue ${cue.epoch} role ${role.epoch}; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
