/**
 * `npm run train:claims`: trains the cue tagger and the source/content tagger on PolNeAR train
 * and writes utils/nlp/models/claims.json. Every tenth training article is held out to choose
 * the number of epochs and the quantisation; dev is never read. Deterministic: fixed article
 * order, seeded shuffles, greedy training.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadPolnear, type PolnearDoc } from './lib/polnear';
import { tokenGold, type TokenGold } from './lib/claims-gold';
import { newTally, prf, scoreDoc, type PredAttribution } from './lib/claims-metrics';
import { tokenize, type Token } from '../utils/nlp/tokenize';
import { splitSentences, type Sentence } from '../utils/nlp/sentences';
import {
  PerceptronTrainer,
  deserializeModel,
  serializeModel,
  tagGreedy,
  type LinearModel,
  type SerializedModel,
} from '../utils/nlp/tagger';
import { buildContext, type ClaimContext } from '../utils/nlp/claims/context';
import { buildRoleContext } from '../utils/nlp/claims/role-features';
import {
  CUE_LABELS,
  ROLE_LABELS,
  cueAllowed,
  cueFeatureFn,
  reverseRoleLabels,
  roleAllowed,
  roleFeatureFn,
} from '../utils/nlp/claims/taggers';
import { draftClaims, type ClaimModels } from '../utils/nlp/claims/pipeline';

const EPOCHS = Number(process.env.CLAIMS_EPOCHS ?? 8);
/** Quantisation step of the shipped weights (perceptron weights count updates). */
const STEP = Number(process.env.CLAIMS_STEP ?? 0.25);
/** Features updated fewer times than this are dropped (model size, and noise). */
const MIN_COUNT = Number(process.env.CLAIMS_MIN_COUNT ?? 3);
const OUT = 'utils/nlp/models/claims.json';

interface Prepared {
  doc: PolnearDoc;
  tokens: Token[];
  sentences: Sentence[];
  ctx: ClaimContext;
  gold: TokenGold & { roleReversed: Int32Array };
}

function prepare(doc: PolnearDoc): Prepared {
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens);
  const ctx = buildContext(doc.text, tokens, sentences);
  const gold = tokenGold(tokens, doc.attributions);
  return {
    doc,
    tokens,
    sentences,
    ctx,
    gold: { ...gold, roleReversed: reverseRoleLabels(gold.role) },
  };
}

/** Seeded permutation (mulberry32), so every run visits articles in the same order. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function toPred(p: Prepared, models: ClaimModels): PredAttribution[] {
  const { drafts } = draftClaims(p.doc.text, p.tokens, p.sentences, models);
  const tk = p.tokens;
  const range = ([a, b]: [number, number]) => ({ start: tk[a]!.start, end: tk[b - 1]!.end });
  return drafts.map((d) => ({
    cue: range(d.cue),
    source: d.source ? range(d.source) : null,
    content: d.content.map(range),
  }));
}

function score(docs: Prepared[], models: ClaimModels) {
  const t = newTally();
  for (const p of docs) {
    const sents = p.sentences.map((s) => ({ start: s.start, end: s.end }));
    scoreDoc(t, p.doc.text, sents, p.doc.attributions, toPred(p, models));
  }
  return {
    cue: prf(t.cueOverlap).f,
    src: t.matchedCues ? (100 * t.sourceOverlap) / t.matchedCues : 0,
    content: prf(t.content).f,
    e2e: prf(t.endToEnd).f,
  };
}

/** Quantises a model the way it will ship and loads it back, so selection sees the real thing. */
function roundTrip(
  model: LinearModel,
  step: number,
): { data: SerializedModel; model: LinearModel } {
  const data = serializeModel(model, step);
  return { data, model: deserializeModel(data) };
}

const t0 = performance.now();
const all = loadPolnear('train').map(prepare);
const fit = all.filter((_, i) => i % 10 !== 0);
const held = all.filter((_, i) => i % 10 === 0);
console.log(`train: ${fit.length} articles for fitting, ${held.length} held out`);

// Cue tagger: the epoch is chosen by held-out cue token F1, which is cheap to compute.
const cueTrainer = new PerceptronTrainer(CUE_LABELS);
let bestCue: { f: number; epoch: number; model: LinearModel } | null = null;
for (let e = 1; e <= EPOCHS; e++) {
  for (const p of shuffled(fit, e)) {
    cueTrainer.trainGreedy(p.tokens.length, p.gold.cue, cueFeatureFn(p.ctx), cueAllowed);
  }
  const model = cueTrainer.average(MIN_COUNT);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of held) {
    const got = new Set<number>();
    const labels = tagGreedy(model, p.tokens.length, cueFeatureFn(p.ctx), cueAllowed);
    for (let i = 0; i < labels.length; i++) if (labels[i]) got.add(i);
    for (let i = 0; i < labels.length; i++) {
      const g = p.gold.cue[i]! > 0;
      if (g && got.has(i)) tp++;
      else if (g) fn++;
      else if (got.has(i)) fp++;
    }
  }
  const f = (200 * tp) / (2 * tp + fp + fn);
  console.log(`cue epoch ${e}: held-out cue token F1 ${f.toFixed(1)}`);
  if (!bestCue || f > bestCue.f) bestCue = { f, epoch: e, model };
}

const cueShip = roundTrip(bestCue!.model, STEP);

// Role tagger: trained on gold cues, selected on held-out end-to-end F1 with predicted cues.
const roleTrainer = new PerceptronTrainer(ROLE_LABELS);
let bestRole: { e2e: number; epoch: number; data: SerializedModel } | null = null;
for (let e = 1; e <= EPOCHS; e++) {
  for (const p of shuffled(fit, 100 + e)) {
    const rc = buildRoleContext(p.ctx, p.gold.cueSpans);
    roleTrainer.trainGreedy(
      p.tokens.length,
      p.gold.roleReversed,
      roleFeatureFn(rc),
      roleAllowed(rc),
    );
  }
  const avg = roleTrainer.average(MIN_COUNT);
  const ship = roundTrip(avg, STEP);
  const s = score(held, { cue: cueShip.model, role: ship.model });
  console.log(
    `role epoch ${e}: held-out cue ${s.cue.toFixed(1)} source ${s.src.toFixed(1)} ` +
      `content ${s.content.toFixed(1)} end-to-end ${s.e2e.toFixed(1)}`,
  );
  if (!bestRole || s.e2e > bestRole.e2e) bestRole = { e2e: s.e2e, epoch: e, data: ship.data };
}

const out = {
  about: 'Claim taggers trained by scripts/train-claims.ts on PolNeAR train (10% held out).',
  epochs: { cue: bestCue!.epoch, role: bestRole!.epoch },
  cue: cueShip.data,
  role: bestRole!.data,
};
const json = JSON.stringify(out);
writeFileSync(OUT, json + '\n');
console.log(
  `wrote ${OUT}: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped; ` +
    `cue epoch ${bestCue!.epoch}, role epoch ${bestRole!.epoch}; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
