/**
 * Fast entity decoding: the same features, scores and decisions as the generic greedy tagger
 * over `entityFeatures` and `bioAllowed`, with few table lookups per token. A word's own
 * features are summed once per word form (across texts), its document features once per text,
 * and the label-history features come from small per-model tables (decode-tables.ts). Sums stay
 * in integer weight steps, so they are exact and the result does not depend on what was cached
 * (tests compare the two paths).
 *
 * Speed here is mostly memory traffic: the model table is megabytes, so each word keeps all its
 * cached sums in one array, shape pairs come from a small cache, and word pairs (nine in ten
 * unknown to the model) are checked against a compact filter before probing the table.
 */
import { hashFeature, type FeatureSink, type LinearModel } from '../tagger';
import {
  HISTORY_OFFSET,
  countTokens,
  shapePairRow,
  shapeRows,
  tablesFor,
  type Tables,
} from './decode-tables';
import {
  NEIGHBOUR_ROLES,
  docWordFeatures,
  neighbourFeatures,
  pairHashes,
  wordFeatures,
  type DocContext,
} from './features';
import { LabelMemory, lastWordFeature, modifierFeature } from './history';
import { BIO_INITIAL, BIO_PLAIN } from './labels';
import type { WordInfo } from './word-info';

// Local bindings: the loop below calls these per token, and under tsx's CommonJS output every
// call through an imported binding first runs a getter.
const pairsOf = pairHashes;
const wordHistory = lastWordFeature;
const docFeatures = docWordFeatures;
const pairRow = shapePairRow;
const INITIAL = BIO_INITIAL;
const PLAIN = BIO_PLAIN;

/**
 * A word's record, in rows of one weight per label: its own features, its features in each
 * neighbour role, its own plus its document features in ordinary positions (for the text
 * `docStamp`), then, for words the model pairs with a previous label, one history row per
 * previous label.
 */
const DOC_ROW = 1 + NEIGHBOUR_ROLES;
const HISTORY_ROW = DOC_ROW + 1;

/** Adds features straight into integer score sums at `out[at..]`. */
class RawSums implements FeatureSink {
  out: Int32Array;
  at = 0;

  constructor(
    private readonly model: LinearModel,
    size: number,
  ) {
    this.out = new Int32Array(size);
  }

  add(key: string, value = ''): void {
    this.model.addRaw(hashFeature(key, value), this.out, this.at);
  }

  addHash(hash: number): void {
    this.model.addRaw(hash, this.out, this.at);
  }
}

let texts = 0;

function wordRecord(model: LinearModel, t: Tables, word: WordInfo): Int32Array {
  if (word.scoredBy === model) return word.record!;
  const n = t.labels;
  // The previous label with this word (and as a compound modifier), per previous label: most
  // words have no such rows, and then none is kept.
  const history = new Int32Array((n + HISTORY_OFFSET) * n);
  let known = false;
  for (let y1 = -1; y1 < n; y1++) {
    const at = (y1 + HISTORY_OFFSET) * n;
    if (model.addRaw(wordHistory(y1, word.word), history, at)) known = true;
    if (word.modifier && model.addRaw(modifierFeature(y1), history, at)) known = true;
  }
  const record = new Int32Array((HISTORY_ROW + (known ? n + HISTORY_OFFSET : 0)) * n);
  const sink = new RawSums(model, 0);
  sink.out = record;
  wordFeatures(word, sink);
  for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
    sink.at = (1 + role) * n;
    neighbourFeatures(role, word, sink);
  }
  if (known) record.set(history, HISTORY_ROW * n);
  word.history = known;
  word.shapes = shapeRows(model, t, word.shape);
  word.scoredBy = model;
  word.docStamp = -1;
  word.record = record;
  return record;
}

function addInto(out: Int32Array, from: Int32Array, at: number, n: number): void {
  for (let y = 0; y < n; y++) out[y]! += from[at + y]!;
}

/** BIO label ids for every token of a document, decided exactly as `tagGreedy` would. */
export function decodeEntities(model: LinearModel, ctx: DocContext): Int32Array {
  const t = tablesFor(model);
  const n = t.labels;
  const states = n + HISTORY_OFFSET;
  const { words, first, mode: modes } = ctx;
  const length = words.length;
  countTokens(model, t, length);
  const { masks, known, knownMask, edges } = t;
  const history = new Int32Array(length);
  const memory = new LabelMemory(ctx);
  const raw = new Int32Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < length; i++) wordRecord(model, t, words[i]!);
  // Document features of a word in ordinary positions repeat within a text; headlines and
  // sentence starts are rarer and summed each time into `rare` (with the word's own).
  const stamp = ++texts;
  const docSink = new RawSums(model, n);
  const rare = docSink.out;
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
    let doc: Int32Array;
    let od: number;
    const mode = modes[i]!;
    if (mode === 3) {
      od = DOC_ROW * n;
      if (cur.docStamp !== stamp) {
        record.copyWithin(od, 0, n);
        docSink.out = record;
        docSink.at = od;
        docFeatures(ctx, i, mode, docSink);
        cur.docStamp = stamp;
      }
      doc = record;
    } else {
      od = 0;
      for (let y = 0; y < n; y++) rare[y] = record[y]!;
      docSink.out = rare;
      docSink.at = 0;
      docFeatures(ctx, i, mode, docSink);
      doc = rare;
    }
    // One pass over the labels sums every cached part: the word with its document features,
    // its four neighbours, the previous labels and the previous label with this shape.
    // Neighbours by role, as `neighbourIndex` finds them.
    const eos = i + 1 >= length || first[i + 1] === 1;
    const n0 = bos ? -1 : i - 1;
    const n1 = eos ? -1 : i + 1;
    const n2 = bos || first[i - 1] ? -1 : i - 2;
    const n3 = eos || i + 2 >= length || first[i + 2] ? -1 : i + 2;
    const r0 = n0 < 0 ? edges : words[n0]!.record!;
    const o0 = n0 < 0 ? 0 : n;
    const r1 = n1 < 0 ? edges : words[n1]!.record!;
    const o1 = n1 < 0 ? n : 2 * n;
    const r2 = n2 < 0 ? edges : words[n2]!.record!;
    const o2 = n2 < 0 ? 2 * n : 3 * n;
    const r3 = n3 < 0 ? edges : words[n3]!.record!;
    const o3 = n3 < 0 ? 3 * n : 4 * n;
    const histories = t.pairs;
    const op = ((y2 + 1) * states + (y1 + 1)) * n;
    const os = (y1 + 1) * n;
    for (let y = 0; y < n; y++) {
      raw[y] =
        doc[od + y]! +
        r0[o0 + y]! +
        r1[o1 + y]! +
        r2[o2 + y]! +
        r3[o3 + y]! +
        histories[op + y]! +
        shapes[os + y]!;
    }
    // Shape pairs, word pairs and the gazetteer hit (pairHashes order: ss-, ss+, ww-, ww+, g).
    const count = pairsOf(ctx, i, pairs);
    const left = pairRow(model, t, pairs[0]!);
    if (left !== null) addInto(raw, left, 0, n);
    const right = pairRow(model, t, pairs[1]!);
    if (right !== null) addInto(raw, right, 0, n);
    for (let k = 2; k < count; k++) {
      const key = pairs[k]! || 1;
      if (known[(key & knownMask) >>> 5]! & (1 << (key & 31))) model.addRaw(key, raw);
    }
    if (cur.history) addInto(raw, record, (HISTORY_ROW + y1 + HISTORY_OFFSET) * n, n);
    const seen = memory.recall(i, history);
    if (seen) {
      addInto(raw, t.seen, (seen + 1) * n, n);
      addInto(raw, shapes, (states + seen + 1) * n, n);
    }
    // The best allowed label, first on ties, as `bestLabel` picks it (O when none is allowed).
    const prev = i > 0 ? history[i - 1]! : -1;
    const flags = first[i]! | (cur.initial ? INITIAL : 0) | (cur.plain ? PLAIN : 0);
    const mask = masks[(prev + 1) * 8 + flags]!;
    if (scaled) for (let y = 0; y < n; y++) scores[y] = raw[y]! * model.step;
    const values = scaled ? scores : raw;
    let best = 0;
    let bestScore = -Infinity;
    for (let y = 0; y < n; y++) {
      if ((mask >>> y) & 1 && values[y]! > bestScore) {
        best = y;
        bestScore = values[y]!;
      }
    }
    history[i] = best;
  }
  return history;
}
