/** Entity-tagger training loop (see train-actors.ts): held-out model selection, then a final fit. */
import { ENTITY_LABELS } from '../../utils/nlp/actors/labels';
import { documentTagging, tagEntities } from '../../utils/nlp/actors/tag-entities';
import {
  PerceptronTrainer,
  deserializeModel,
  serializeModel,
  type LinearModel,
  type SerializedModel,
} from '../../utils/nlp/tagger';
import { prepareDoc, seededRandom, shuffle, type TaggedDoc } from './actor-data';
import { prf, readConll, scoreSpans, type EntitySpan, type Score } from './conll';
import { dataPath } from './data-path';

const SEED = 20240619;
const MAX_EPOCHS = Number(process.env.EPOCHS ?? 20);
const QUANT_STEP = Number(process.env.QUANT_STEP ?? 0.05);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);

function trainEpoch(trainer: PerceptronTrainer, docs: TaggedDoc[], random: () => number): void {
  for (const doc of shuffle([...docs], random)) {
    const { features, allowed } = documentTagging(doc.tokens, doc.sentences);
    trainer.trainGreedy(doc.tokens.length, doc.gold, features, allowed);
  }
}

function evaluate(model: LinearModel, docs: TaggedDoc[]): { core: number; all: number } {
  const scores = new Map<string, Score>();
  for (const doc of docs) {
    const predicted: EntitySpan[] = tagEntities(model, doc.tokens, doc.sentences).map((e) => ({
      start: doc.tokens[e.tokenStart]!.start,
      end: doc.tokens[e.tokenEnd - 1]!.end,
      type: e.type,
    }));
    scoreSpans(doc.entities, predicted, scores);
  }
  return {
    core: prf(scores, ['PER', 'ORG', 'LOC']).f,
    all: prf(scores, ['PER', 'ORG', 'LOC', 'MISC']).f,
  };
}

/**
 * The epoch whose held-out F1, averaged with its neighbours', is highest: one lucky epoch on
 * 95 documents is noise, a plateau is not.
 */
function smoothedBest(scores: number[]): { epoch: number; core: number } {
  let best = { epoch: 1, core: -1 };
  scores.forEach((_, i) => {
    const window = scores.slice(Math.max(0, i - 1), i + 2);
    const core = window.reduce((a, b) => a + b, 0) / window.length;
    if (core > best.core) best = { epoch: i + 1, core };
  });
  return best;
}

/**
 * Trains, selects epochs and pruning on held-out train documents, then refits on all of train.
 * With `selectOnly` it stops after the held-out figures (for trying features quickly).
 */
export function trainEntityTagger(selectOnly = false): SerializedModel | null {
  const started = Date.now();
  const docs = readConll(dataPath('conll2003', 'train.txt')).map(prepareDoc);
  const order = shuffle([...docs.keys()], seededRandom(SEED));
  const heldOutCount = Math.round(docs.length * 0.1);
  const heldOut = order.slice(0, heldOutCount).map((i) => docs[i]!);
  const fit = order.slice(heldOutCount).map((i) => docs[i]!);
  console.log(`train ${fit.length} docs, held out ${heldOut.length} docs`);

  const trainer = new PerceptronTrainer(ENTITY_LABELS);
  const random = seededRandom(SEED + 1);
  const scores: number[] = [];
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    trainEpoch(trainer, fit, random);
    const { core, all } = evaluate(trainer.average(MIN_COUNT, QUANT_STEP), heldOut);
    console.log(
      `epoch ${epoch}: held-out F1 PER+ORG+LOC ${core.toFixed(2)}, all ${all.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)}s)`,
    );
    scores.push(core);
  }
  const best = smoothedBest(scores);
  const averaged = trainer.average(MIN_COUNT, QUANT_STEP);
  // Prune rows with small weights: the largest cut that costs under 0.15 held-out F1.
  const full = evaluate(deserializeModel(serializeModel(averaged, QUANT_STEP)), heldOut).core;
  let minRow = 0;
  for (const candidate of [0.5, 1, 2, 3, 4, 6]) {
    const pruned = deserializeModel(serializeModel(averaged, QUANT_STEP, candidate));
    const core = evaluate(pruned, heldOut).core;
    console.log(`prune rows under ${candidate}: ${pruned.size} rows, held-out ${core.toFixed(2)}`);
    if (core < full - 0.15) break;
    minRow = candidate;
  }
  console.log(`held-out after quantisation ${full.toFixed(2)}; pruning rows under ${minRow}`);
  console.log(`best epoch ${best.epoch} (smoothed held-out F1 ${best.core.toFixed(2)})`);
  if (selectOnly) return null;
  console.log('retraining on all of train');

  const final = new PerceptronTrainer(ENTITY_LABELS);
  const finalRandom = seededRandom(SEED + 1);
  for (let epoch = 1; epoch <= best.epoch; epoch++) trainEpoch(final, docs, finalRandom);
  const model = final.average(MIN_COUNT, QUANT_STEP);
  const serialised = serializeModel(model, QUANT_STEP, minRow);
  console.log(
    `entity tagger: ${deserializeModel(serialised).size} feature rows (${((Date.now() - started) / 1000).toFixed(0)}s)`,
  );
  return serialised;
}
