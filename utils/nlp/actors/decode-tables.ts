/**
 * Per-model tables of the fast entity decoder (decode.ts): label-history sums, BIO masks, a
 * filter of the model's hashes, and caches of rows that many positions share (shape pairs,
 * shapes). All are integer sums of the model's own rows, so using them changes no decision.
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

/** Per-model caches: never shared between models, so training can decode with many. */
export interface Tables {
  labels: number;
  /** Sums of the two previous-label features, per (y2, y1). */
  pairs: Int32Array;
  /** Sums of the memory feature, per remembered value. */
  seen: Int32Array;
  /** Per shape hash: previous-label-with-shape rows, then memory-with-shape rows. */
  shapes: Map<number, Int32Array>;
  /** Sentence-edge stand-ins (BOS/EOS) in each neighbour role. */
  edges: Int32Array;
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

/** The summed rows of some feature hashes. */
function rowSum(model: LinearModel, n: number, hashes: number[]): Int32Array {
  const out = new Int32Array(n);
  for (const h of hashes) model.addRaw(h, out);
  return out;
}

/** The decoder tables of a model, built on first use. */
export function tablesFor(model: LinearModel): Tables {
  let t = tables.get(model);
  if (t) return t;
  const n = model.labels.length;
  if (n !== ENTITY_LABELS.length) throw new Error('entity model with unexpected labels');
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
    const hashes: number[] = [];
    neighbourFeatures(role, null, { add: () => undefined, addHash: (h) => hashes.push(h) });
    edges.set(rowSum(model, n, hashes), role * n);
  }
  t = {
    labels: n,
    pairs,
    seen,
    edges,
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

/** Counts tokens about to be decoded with the tables' model; builds the key filter in time. */
export function countTokens(model: LinearModel, t: Tables, tokens: number): void {
  if (t.knownMask !== 0) return;
  t.decoded += tokens;
  if (t.decoded < FILTER_AFTER) return;
  t.known = model.keyFilter(FILTER_BITS);
  t.knownMask = 2 ** FILTER_BITS - 1;
}

/** Previous-label-with-shape rows, then memory-with-shape rows, of a shape hash. */
export function shapeRows(model: LinearModel, t: Tables, shape: number): Int32Array {
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
