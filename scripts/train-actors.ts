/**
 * Trains the entity tagger on CoNLL-2003 train. A seeded 10% of train documents is held out to
 * choose the number of epochs and the quantisation; valid is never read here. The final model is
 * retrained on all of train with the chosen settings and written to utils/nlp/models/actors.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_LABELS } from '../utils/nlp/actors/labels';
import { documentTagging, tagEntities } from '../utils/nlp/actors/tag-entities';
import {
  PerceptronTrainer,
  deserializeModel,
  serializeModel,
  type LinearModel,
} from '../utils/nlp/tagger';
import { prepareDoc, seededRandom, shuffle, type TaggedDoc } from './lib/actor-data';
import { prf, readConll, scoreSpans, type EntitySpan, type Score } from './lib/conll';
import { PROJECT_ROOT, dataPath } from './lib/data-path';

const SEED = 20240619;
const MAX_EPOCHS = Number(process.env.EPOCHS ?? 12);
const QUANT_STEP = Number(process.env.QUANT_STEP ?? 0.05);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 1);

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

function main(): void {
  const started = Date.now();
  const docs = readConll(dataPath('conll2003', 'train.txt')).map(prepareDoc);
  const order = shuffle([...docs.keys()], seededRandom(SEED));
  const heldOutCount = Math.round(docs.length * 0.1);
  const heldOut = order.slice(0, heldOutCount).map((i) => docs[i]!);
  const fit = order.slice(heldOutCount).map((i) => docs[i]!);
  console.log(`train ${fit.length} docs, held out ${heldOut.length} docs`);

  const trainer = new PerceptronTrainer(ENTITY_LABELS);
  const random = seededRandom(SEED + 1);
  let best = { epoch: 0, core: -1 };
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    trainEpoch(trainer, fit, random);
    const { core, all } = evaluate(trainer.average(MIN_COUNT), heldOut);
    console.log(
      `epoch ${epoch}: held-out F1 PER+ORG+LOC ${core.toFixed(2)}, all ${all.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)}s)`,
    );
    if (core > best.core) best = { epoch, core };
  }
  const averaged = trainer.average(MIN_COUNT);
  const quantised = deserializeModel(serializeModel(averaged, QUANT_STEP));
  console.log(`held-out after quantisation: ${evaluate(quantised, heldOut).core.toFixed(2)}`);
  console.log(`best epoch ${best.epoch}; retraining on all of train`);

  const final = new PerceptronTrainer(ENTITY_LABELS);
  const finalRandom = seededRandom(SEED + 1);
  for (let epoch = 1; epoch <= best.epoch; epoch++) trainEpoch(final, docs, finalRandom);
  const model = final.average(MIN_COUNT);
  const serialised = serializeModel(model, QUANT_STEP);
  const out = join(PROJECT_ROOT, 'utils', 'nlp', 'models', 'actors.json');
  writeFileSync(out, JSON.stringify({ version: 1, tagger: serialised }));
  console.log(
    `wrote ${out}: ${serialised.rows} feature rows (${((Date.now() - started) / 1000).toFixed(0)}s)`,
  );
}

main();
