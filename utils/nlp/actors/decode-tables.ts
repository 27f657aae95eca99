/**
 * Per-model tables of the fast entity decoder (decode.ts): label-history sums, BIO masks, a
 * filter of the model's hashes, and caches of rows that many positions share. All are integer
 * sums of the model's own rows, so using them changes no decision.
 *
 * Rows live in one growable Int32Array per model (the arena): sentence-edge rows, a scratch
 * row, the label-history tables, then shape rows and word records as they are first needed.
 * One array instead of a typed array per word: small typed arrays are slow to allocate (their
 * memory is outside the JS heap past 64 bytes) and each read of one goes through a pointer.
 */
import type { LinearModel } from '../tagger';
import { NEIGHBOUR_ROLES, neighbourFeatures } from './features';
import {
  lastFeature,
  lastShapeFeature,
  pairFeature,
  seenFeature,
  seenShapeFeature,
} from './history';
import { ENTITY_LABELS, bioMasks } from './labels';

/** Label histories run from START (-1) to the last label; memories from -1 to the type count. */
export const HISTORY_OFFSET = 1;
/** Remembered values of `LabelMemory` (-1 to the type count). */
export const MEMORY_VALUES = 6;
/** Low hash bits the key filter keeps (128 KB, about 4% false hits at the model's size). */
const FILTER_BITS = 20;
/**
 * Tokens decoded with a model before its key filter is built: building it walks the whole
 * table, which would only slow down the first, short call (first-call latency matters in a
 * content script); until then every probe passes.
 */
const FILTER_AFTER = 20_000;
const CACHE_LIMIT = 50_000;
/** Arena size (int32s) past which it is emptied before the next text: about 16 MB. */
const ARENA_LIMIT = 4_000_000;

/** Per-model caches: never shared between models, so training can decode with many. */
export interface Tables {
  labels: number;
  /** The rows; replaced by a larger copy as it grows, so read it after allocating. */
  arena: Int32Array;
  used: number;
  /** Size of the arena's fixed parts, which an emptied arena keeps. */
  fixed: number;
  /** Changes whenever the arena is emptied: a word's record is valid under its epoch only. */
  epoch: object;
  /** Offsets of the arena's fixed parts (see `tablesFor`). */
  scratchAt: number;
  pairsAt: number;
  seenAt: number;
  /** Per shape hash: the offset of its previous-label-with-shape, then memory-with-shape, rows. */
  shapes: Map<number, number>;
  /** `bioMasks()`: allowed labels per previous label and position flags. */
  masks: Uint16Array;
  /** `LinearModel.keyFilter` bits, tested at `hash & knownMask` (one all-set word at first). */
  known: Uint32Array;
  knownMask: number;
  /** Tokens decoded so far, up to FILTER_AFTER. */
  decoded: number;
  /** Rows of shape-pair features (a few hundred distinct, nearly all known), null if unknown. */
  shapePairs: Map<number, Int32Array | null>;
}

const tables = new WeakMap<LinearModel, Tables>();

/** The decoder tables of a model, built on first use. Arena: edges, scratch, pairs, seen. */
export function tablesFor(model: LinearModel): Tables {
  let t = tables.get(model);
  if (t) return t;
  const n = model.labels.length;
  if (n !== ENTITY_LABELS.length) throw new Error('entity model with unexpected labels');
  const states = n + HISTORY_OFFSET;
  const scratchAt = NEIGHBOUR_ROLES * n;
  const pairsAt = scratchAt + n;
  const seenAt = pairsAt + states * states * n;
  const fixed = seenAt + MEMORY_VALUES * n;
  const arena = new Int32Array(Math.max(1 << 16, fixed));
  // Sentence-edge stand-ins (BOS/EOS) in each neighbour role, where a word's role rows would be.
  for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
    neighbourFeatures(role, null, {
      add: () => undefined,
      addHash: (h) => model.addRaw(h, arena, role * n),
    });
  }
  // Sums of the two previous-label features, per (y2, y1).
  for (let y2 = -1; y2 < n; y2++) {
    for (let y1 = -1; y1 < n; y1++) {
      const at = pairsAt + ((y2 + 1) * states + (y1 + 1)) * n;
      model.addRaw(lastFeature(y1), arena, at);
      model.addRaw(pairFeature(y2, y1), arena, at);
    }
  }
  // Sums of the memory feature, per remembered value.
  for (let v = -1; v < MEMORY_VALUES - 1; v++)
    if (v) model.addRaw(seenFeature(v), arena, seenAt + (v + 1) * n);
  t = {
    labels: n,
    arena,
    used: fixed,
    fixed,
    epoch: {},
    scratchAt,
    pairsAt,
    seenAt,
    shapes: new Map(),
    masks: bioMasks(),
    known: new Uint32Array([-1]),
    knownMask: 0,
    decoded: 0,
    shapePairs: new Map(),
  };
  tables.set(model, t);
  return t;
}

/**
 * Prepares the tables for a text of `tokens` tokens: empties the arena when it has grown past
 * its limit (every word's record then is rebuilt on its next use), and builds the key filter
 * once enough tokens were decoded.
 */
export function beginDecoding(model: LinearModel, t: Tables, tokens: number): void {
  if (t.used > ARENA_LIMIT) {
    t.used = t.fixed;
    t.epoch = {};
    t.shapes.clear();
  }
  if (t.knownMask !== 0) return;
  t.decoded += tokens;
  if (t.decoded < FILTER_AFTER) return;
  t.known = model.keyFilter(FILTER_BITS);
  t.knownMask = 2 ** FILTER_BITS - 1;
}

/** Reserves `size` zeroed int32s in the arena; returns their offset. */
export function allocate(t: Tables, size: number): number {
  const at = t.used;
  if (at + size > t.arena.length) {
    const grown = new Int32Array(Math.max(2 * t.arena.length, at + size));
    grown.set(t.arena.subarray(0, at));
    t.arena = grown;
  } else t.arena.fill(0, at, at + size);
  t.used = at + size;
  return at;
}

/** Offset of the previous-label-with-shape rows, then memory-with-shape rows, of a shape hash. */
export function shapeRows(model: LinearModel, t: Tables, shape: number): number {
  const known = t.shapes.get(shape);
  if (known !== undefined) return known;
  const n = t.labels;
  const states = n + HISTORY_OFFSET;
  const at = allocate(t, (states + MEMORY_VALUES) * n);
  const rows = t.arena;
  for (let y1 = -1; y1 < n; y1++)
    model.addRaw(lastShapeFeature(y1, shape), rows, at + (y1 + 1) * n);
  for (let v = -1; v < MEMORY_VALUES - 1; v++)
    if (v) model.addRaw(seenShapeFeature(v, shape), rows, at + (states + v + 1) * n);
  t.shapes.set(shape, at);
  return at;
}

/** The row of a shape-pair feature hash, or null when the model does not know it. */
export function shapePairRow(model: LinearModel, t: Tables, hash: number): Int32Array | null {
  let row = t.shapePairs.get(hash);
  if (row !== undefined) return row;
  row = new Int32Array(t.labels);
  if (!model.addRaw(hash, row)) row = null;
  if (t.shapePairs.size >= CACHE_LIMIT) t.shapePairs.clear();
  t.shapePairs.set(hash, row);
  return row;
}
