/**
 * Fast entity decoding: the same features, scores and decisions as the generic greedy tagger
 * over `entityFeatures`, with fewer table lookups per token. A word's own features are summed
 * once per word form (across texts), its document features once per text, and the label-history
 * features come from small per-model tables. Sums stay in integer weight steps, so they are
 * exact and the result does not depend on what was cached (tests compare the two paths).
 */
import {
  bestLabel,
  hashFeature,
  type Allowed,
  type FeatureSink,
  type LinearModel,
} from '../tagger';
import {
  NEIGHBOUR_ROLES,
  docWordFeatures,
  neighbourFeatures,
  pairHashes,
  wordFeatures,
  type DocContext,
} from './features';
import {
  LabelMemory,
  lastFeature,
  lastShapeFeature,
  lastWordFeature,
  modifierFeature,
  pairFeature,
  seenFeature,
  seenShapeFeature,
} from './history';
import type { WordInfo } from './word-info';

// Local bindings: the loop below calls these per token, and under tsx's CommonJS output every
// call through an imported binding first runs a getter.
const pairsOf = pairHashes;
const wordHistory = lastWordFeature;
const pick = bestLabel;
const ROLES = NEIGHBOUR_ROLES;

/** Label histories run from START (-1) to the last label; memories from -1 to the type count. */
const HISTORY_OFFSET = 1;

/** Adds features straight into integer score sums. */
class RawSums implements FeatureSink {
  out: Int32Array;

  constructor(
    private readonly model: LinearModel,
    size: number,
  ) {
    this.out = new Int32Array(size);
  }

  add(key: string, value = ''): void {
    this.model.addRaw(hashFeature(key, value), this.out);
  }

  addHash(hash: number): void {
    this.model.addRaw(hash, this.out);
  }
}

/** Per-model caches: never shared between models, so training can decode with many. */
interface Tables {
  labels: number;
  /** Sums of the two previous-label features, per (y2, y1). */
  pairs: Int32Array;
  /** Sums of the memory feature, per remembered value. */
  seen: Int32Array;
  /** Per shape hash: previous-label-with-shape rows, then memory-with-shape rows. */
  shapes: Map<number, Int32Array>;
  /** Sentence-edge stand-ins (BOS/EOS) in each neighbour role. */
  edges: Int32Array;
}

const CACHE_LIMIT = 50_000;
let texts = 0;
const MEMORY_VALUES = 6;
const tables = new WeakMap<LinearModel, Tables>();

function tablesFor(model: LinearModel): Tables {
  let t = tables.get(model);
  if (t) return t;
  const n = model.labels.length;
  const states = n + HISTORY_OFFSET;
  const pairs = new Int32Array(states * states * n);
  for (let y2 = -1; y2 < n; y2++) {
    for (let y1 = -1; y1 < n; y1++) {
      const at = ((y2 + 1) * states + (y1 + 1)) * n;
      model.addRaw(lastFeature(y1), pairs, at);
      model.addRaw(pairFeature(y2, y1), pairs, at);
    }
  }
  const seen = new Int32Array(MEMORY_VALUES * n);
  for (let v = -1; v < MEMORY_VALUES - 1; v++)
    if (v) model.addRaw(seenFeature(v), seen, (v + 1) * n);
  const edges = new Int32Array(NEIGHBOUR_ROLES * n);
  for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
    const sink = new RawSums(model, n);
    neighbourFeatures(role, null, sink);
    edges.set(sink.out, role * n);
  }
  t = { labels: n, pairs, seen, edges, shapes: new Map() };
  tables.set(model, t);
  return t;
}

function shapeRows(model: LinearModel, t: Tables, shape: number): Int32Array {
  let rows = t.shapes.get(shape);
  if (rows) return rows;
  const n = t.labels;
  const states = n + HISTORY_OFFSET;
  rows = new Int32Array((states + MEMORY_VALUES) * n);
  for (let y1 = -1; y1 < n; y1++) model.addRaw(lastShapeFeature(y1, shape), rows, (y1 + 1) * n);
  for (let v = -1; v < MEMORY_VALUES - 1; v++)
    if (v) model.addRaw(seenShapeFeature(v, shape), rows, (states + v + 1) * n);
  if (t.shapes.size >= CACHE_LIMIT) t.shapes.clear();
  t.shapes.set(shape, rows);
  return rows;
}

function wordRecord(model: LinearModel, t: Tables, word: WordInfo): Int32Array {
  if (word.scoredBy === model) return word.record!;
  const n = t.labels;
  const sink = new RawSums(model, n);
  const record = new Int32Array((1 + NEIGHBOUR_ROLES) * n);
  wordFeatures(word, sink);
  record.set(sink.out, 0);
  for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
    sink.out.fill(0);
    neighbourFeatures(role, word, sink);
    record.set(sink.out, (1 + role) * n);
  }
  // The previous label with this word (and as a compound modifier), per previous label: most
  // words have no such rows, and then none is kept.
  const history = new Int32Array((n + HISTORY_OFFSET) * n);
  let known = false;
  for (let y1 = -1; y1 < n; y1++) {
    const at = (y1 + HISTORY_OFFSET) * n;
    if (model.addRaw(wordHistory(y1, word.word), history, at)) known = true;
    if (word.modifier && model.addRaw(modifierFeature(y1), history, at)) known = true;
  }
  word.history = known ? history : null;
  word.shapes = shapeRows(model, t, word.shape);
  word.scoredBy = model;
  word.record = record;
  return record;
}

function addInto(out: Int32Array, from: Int32Array, at: number, n: number): void {
  for (let y = 0; y < n; y++) out[y]! += from[at + y]!;
}

/** BIO label ids for every token of a document, decided exactly as `tagGreedy` would. */
export function decodeEntities(model: LinearModel, ctx: DocContext, allowed: Allowed): Int32Array {
  const t = tablesFor(model);
  const n = t.labels;
  const states = n + HISTORY_OFFSET;
  const { words, first, neighbours } = ctx;
  const length = words.length;
  const history = new Int32Array(length);
  const memory = new LabelMemory(ctx);
  const sink = new RawSums(model, n);
  const raw = sink.out;
  const scores = new Float64Array(n);
  for (let i = 0; i < length; i++) wordRecord(model, t, words[i]!);
  // A word's document features in ordinary positions repeat (headlines and sentence starts are
  // rarer); they are cached on the word under this text's stamp.
  const stamp = ++texts;
  const docSink = new RawSums(model, n);
  const pairs = new Int32Array(5);
  // Integer sums order the labels as their scores do when the step is positive (it always is
  // for saved models); this skips the conversion.
  const scaled = !(model.step > 0);
  for (let i = 0; i < length; i++) {
    const cur = words[i]!;
    const record = cur.record!;
    const bos = first[i] === 1;
    const y1 = bos ? -1 : history[i - 1]!;
    const y2 = bos || first[i - 1] ? -1 : history[i - 2]!;
    const shapes = cur.shapes!;
    // One pass over the labels sums every cached part: the word, its four neighbours, the
    // previous labels and the previous label with this shape.
    const at = i * ROLES;
    const n0 = neighbours[at]!;
    const n1 = neighbours[at + 1]!;
    const n2 = neighbours[at + 2]!;
    const n3 = neighbours[at + 3]!;
    const r0 = n0 < 0 ? t.edges : words[n0]!.record!;
    const o0 = n0 < 0 ? 0 : n;
    const r1 = n1 < 0 ? t.edges : words[n1]!.record!;
    const o1 = n1 < 0 ? n : 2 * n;
    const r2 = n2 < 0 ? t.edges : words[n2]!.record!;
    const o2 = n2 < 0 ? 2 * n : 3 * n;
    const r3 = n3 < 0 ? t.edges : words[n3]!.record!;
    const o3 = n3 < 0 ? 3 * n : 4 * n;
    const histories = t.pairs;
    const op = ((y2 + 1) * states + (y1 + 1)) * n;
    const os = (y1 + 1) * n;
    for (let y = 0; y < n; y++) {
      raw[y] =
        record[y]! +
        r0[o0 + y]! +
        r1[o1 + y]! +
        r2[o2 + y]! +
        r3[o3 + y]! +
        histories[op + y]! +
        shapes[os + y]!;
    }
    const mode = ctx.mode[i]!;
    if (mode === 3) {
      if (cur.docStamp !== stamp) {
        docSink.out = cur.docSums?.length === n ? cur.docSums.fill(0) : new Int32Array(n);
        docWordFeatures(ctx, i, mode, docSink);
        cur.docSums = docSink.out;
        cur.docStamp = stamp;
      }
      addInto(raw, cur.docSums!, 0, n);
    } else docWordFeatures(ctx, i, mode, sink);
    const count = pairsOf(ctx, i, pairs);
    for (let k = 0; k < count; k++) model.addRaw(pairs[k]!, raw);
    const rows = cur.history;
    if (rows !== null) addInto(raw, rows, (y1 + HISTORY_OFFSET) * n, n);
    const seen = memory.recall(i, history);
    if (seen) {
      addInto(raw, t.seen, (seen + 1) * n, n);
      addInto(raw, shapes, (states + seen + 1) * n, n);
    }
    if (scaled) for (let y = 0; y < n; y++) scores[y] = raw[y]! * model.step;
    history[i] = pick(scaled ? scores : raw, i, i > 0 ? history[i - 1]! : -1, allowed);
  }
  return history;
}
