/**
 * Fast entity decoding: the same features, scores and decisions as the generic greedy tagger
 * over `entityFeatures` and `bioAllowed`, with few table lookups per token. A word's own
 * features are summed once per word form (across texts), its document features once per text,
 * and the label-history features come from small per-model tables (decode-tables.ts). Sums stay
 * in integer weight steps, so they are exact and the result does not depend on what was cached
 * (tests compare the two paths).
 *
 * Speed here is mostly memory traffic: the model table is megabytes, so each word keeps all its
 * cached sums in one record of the model's arena, shape pairs come from a small cache, and word
 * pairs (nine in ten unknown to the model) are checked against a compact filter before probing
 * the table.
 */
import { hashFeature, type FeatureSink, type LinearModel } from '../tagger';
import {
  HISTORY_OFFSET,
  allocate,
  beginDecoding,
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
  out: Int32Array = new Int32Array(0);
  at = 0;

  constructor(private readonly model: LinearModel) {}

  add(key: string, value = ''): void {
    this.model.addRaw(hashFeature(key, value), this.out, this.at);
  }

  addHash(hash: number): void {
    this.model.addRaw(hash, this.out, this.at);
  }
}

let texts = 0;
let historyRows = new Int32Array(0);

/** Builds the word's record in the arena unless it has one under the arena's epoch. */
function wordRecord(model: LinearModel, t: Tables, word: WordInfo, sink: RawSums): void {
  if (word.scoredBy === t.epoch) return;
  const n = t.labels;
  // The previous label with this word (and as a compound modifier), per previous label: most
  // words have no such rows, and then none is kept.
  const size = (n + HISTORY_OFFSET) * n;
  if (historyRows.length !== size) historyRows = new Int32Array(size);
  else historyRows.fill(0);
  let known = false;
  for (let y1 = -1; y1 < n; y1++) {
    const at = (y1 + HISTORY_OFFSET) * n;
    if (model.addRaw(wordHistory(y1, word.word), historyRows, at)) known = true;
    if (word.modifier && model.addRaw(modifierFeature(y1), historyRows, at)) known = true;
  }
  // Allocate first: the arena may move while growing.
  word.shapesAt = shapeRows(model, t, word.shape);
  const at = allocate(t, (HISTORY_ROW + (known ? n + HISTORY_OFFSET : 0)) * n);
  sink.out = t.arena;
  sink.at = at;
  wordFeatures(word, sink);
  for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
    sink.at = at + (1 + role) * n;
    neighbourFeatures(role, word, sink);
  }
  if (known) t.arena.set(historyRows, at + HISTORY_ROW * n);
  word.history = known;
  word.scoredBy = t.epoch;
  word.docStamp = -1;
  word.recordAt = at;
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
  beginDecoding(model, t, length);
  const sink = new RawSums(model);
  for (let i = 0; i < length; i++) wordRecord(model, t, words[i]!, sink);
  const { masks, known, knownMask, arena, scratchAt, pairsAt, seenAt } = t;
  const history = new Int32Array(length);
  const memory = new LabelMemory(ctx);
  const raw = new Int32Array(n);
  // Document features of a word in ordinary positions repeat within a text; headlines and
  // sentence starts are rarer and summed each time into the scratch row (with the word's own).
  const stamp = ++texts;
  sink.out = arena;
  const pairs = new Int32Array(5);
  // Integer sums order the labels as their scores do when the step is positive (it always is
  // for saved models); this skips the conversion.
  const scaled = !(model.step > 0);
  const scores = scaled ? new Float64Array(n) : raw;
  for (let i = 0; i < length; i++) {
    const cur = words[i]!;
    const at = cur.recordAt;
    const bos = first[i] === 1;
    const y1 = bos ? -1 : history[i - 1]!;
    const y2 = bos || first[i - 1] ? -1 : history[i - 2]!;
    let od: number;
    const mode = modes[i]!;
    if (mode === 3) {
      od = at + DOC_ROW * n;
      if (cur.docStamp !== stamp) {
        arena.copyWithin(od, at, at + n);
        sink.at = od;
        docFeatures(ctx, i, mode, sink);
        cur.docStamp = stamp;
      }
    } else {
      od = scratchAt;
      arena.copyWithin(od, at, at + n);
      sink.at = od;
      docFeatures(ctx, i, mode, sink);
    }
    // Neighbours by role, as `neighbourIndex` finds them; past an edge, the edge rows.
    const eos = i + 1 >= length || first[i + 1] === 1;
    const o0 = bos ? 0 : words[i - 1]!.recordAt + n;
    const o1 = eos ? n : words[i + 1]!.recordAt + 2 * n;
    const o2 = bos || first[i - 1] ? 2 * n : words[i - 2]!.recordAt + 3 * n;
    const o3 = eos || i + 2 >= length || first[i + 2] ? 3 * n : words[i + 2]!.recordAt + 4 * n;
    const op = pairsAt + ((y2 + 1) * states + (y1 + 1)) * n;
    const os = cur.shapesAt + (y1 + 1) * n;
    // One pass over the labels sums every cached part: the word with its document features,
    // its four neighbours, the previous labels and the previous label with this shape.
    for (let y = 0; y < n; y++) {
      raw[y] =
        arena[od + y]! +
        arena[o0 + y]! +
        arena[o1 + y]! +
        arena[o2 + y]! +
        arena[o3 + y]! +
        arena[op + y]! +
        arena[os + y]!;
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
    if (cur.history) addInto(raw, arena, at + (HISTORY_ROW + y1 + HISTORY_OFFSET) * n, n);
    const seen = memory.recall(i, history);
    if (seen) {
      addInto(raw, arena, seenAt + (seen + 1) * n, n);
      addInto(raw, arena, cur.shapesAt + (states + seen + 1) * n, n);
    }
    // The best allowed label, first on ties, as `bestLabel` picks it (O when none is allowed).
    const prev = i > 0 ? history[i - 1]! : -1;
    const flags = first[i]! | (cur.initial ? INITIAL : 0) | (cur.plain ? PLAIN : 0);
    const mask = masks[(prev + 1) * 8 + flags]!;
    if (scaled) for (let y = 0; y < n; y++) scores[y] = raw[y]! * model.step;
    let best = 0;
    let bestScore = -Infinity;
    for (let y = 0; y < n; y++) {
      if ((mask >>> y) & 1 && scores[y]! > bestScore) {
        best = y;
        bestScore = scores[y]!;
      }
    }
    history[i] = best;
  }
  return history;
}
