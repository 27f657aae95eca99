/**
 * Compact model format. Feature hashes are sorted and stored as varint deltas; each weight row
 * is a bitmask of its non-zero labels followed by those weights as zigzag varints of a fixed
 * step. A fixed step bounds the absolute error of every weight (what decisions are sensitive
 * to) while the many small weights still take one byte. Base64 in JSON loads fast anywhere.
 */
import { fromBase64, toBase64 } from './base64';
import { LinearModel } from './model';

/** The serialised form of a LinearModel, safe to commit as JSON. */
export interface SerializedModel {
  labels: string[];
  rows: number;
  /** Weight of one quantisation step. */
  step: number;
  keys: string;
  weights: string;
}

/**
 * Quantises and packs a model. Each row is first shifted to centre on zero (a constant added to
 * a whole row changes no argmax); weights that round to zero are dropped, then empty rows.
 */
export function serializeModel(model: LinearModel, step = 0.05): SerializedModel {
  const n = model.labels.length;
  const maskBytes = Math.ceil(n / 8);
  const order: [number, number][] = [];
  model.forEachRow((key, at) => order.push([key >>> 0, at]));
  order.sort((a, b) => a[0] - b[0]);
  const keyBytes: number[] = [];
  const weightBytes: number[] = [];
  let previous = 0;
  let rows = 0;
  for (const [key, at] of order) {
    const row = model.weights.subarray(at, at + n);
    const shift = (Math.max(...row) + Math.min(...row)) / 2;
    const q = Array.from(row, (v) => Math.round((v - shift) / step));
    if (q.every((v) => v === 0)) continue;
    pushVarint(keyBytes, key - previous);
    previous = key;
    rows++;
    const mask = new Array<number>(maskBytes).fill(0);
    q.forEach((v, y) => {
      if (v !== 0) mask[y >> 3]! |= 1 << (y & 7);
    });
    weightBytes.push(...mask);
    for (const v of q) if (v !== 0) pushVarint(weightBytes, v < 0 ? -2 * v - 1 : 2 * v);
  }
  return {
    labels: [...model.labels],
    rows,
    step,
    keys: toBase64(Uint8Array.from(keyBytes)),
    weights: toBase64(Uint8Array.from(weightBytes)),
  };
}

/** Unpacks a serialised model into a ready-to-score LinearModel. */
export function deserializeModel(data: SerializedModel): LinearModel {
  const n = data.labels.length;
  const maskBytes = Math.ceil(n / 8);
  const keyBytes = fromBase64(data.keys);
  const weightBytes = fromBase64(data.weights);
  const model = new LinearModel(data.labels, data.rows);
  const weights = model.weights;
  // Two tight loops with locals only: this runs cold, before the JIT has seen anything.
  const keys = new Int32Array(data.rows);
  let k = 0;
  let key = 0;
  for (let r = 0; r < data.rows; r++) {
    let delta = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = keyBytes[k++]!;
      delta += (byte & 127) * scale;
      scale *= 128;
    } while (byte & 128);
    key += delta;
    keys[r] = key | 0;
  }
  const offsets = model.insertAll(keys);
  let w = 0;
  const step = data.step;
  for (let r = 0; r < data.rows; r++) {
    const maskAt = w;
    w += maskBytes;
    const at = offsets[r]!;
    for (let y = 0; y < n; y++) {
      if (!(weightBytes[maskAt + (y >> 3)]! & (1 << (y & 7)))) continue;
      let z = 0;
      let scale = 1;
      let byte: number;
      do {
        byte = weightBytes[w++]!;
        z += (byte & 127) * scale;
        scale *= 128;
      } while (byte & 128);
      weights[at + y] = (z & 1 ? -(z + 1) / 2 : z / 2) * step;
    }
  }
  return model;
}

function pushVarint(out: number[], value: number): void {
  while (value >= 128) {
    out.push((value % 128) | 128);
    value = Math.floor(value / 128);
  }
  out.push(value);
}
