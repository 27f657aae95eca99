/**
 * Reader for the first model format (varint hash deltas + zigzag varint weights), so model files
 * trained before the table format keep loading until they are retrained.
 */
import { fromBase64 } from './base64';
import { LinearModel } from './model';

/** The first serialised form: sorted hashes as varint deltas, rows as label mask + varints. */
export interface LegacyModel {
  labels: string[];
  rows: number;
  step: number;
  keys: string;
  weights: string;
}

function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0;
  let scale = 1;
  let byte: number;
  do {
    byte = bytes[cursor.at++]!;
    value += (byte & 127) * scale;
    scale *= 128;
  } while (byte & 128);
  return value;
}

/** Decodes a first-format model. */
export function readLegacyModel(data: LegacyModel): LinearModel {
  const n = data.labels.length;
  const maskBytes = Math.ceil(n / 8);
  const keyBytes = fromBase64(data.keys);
  const weightBytes = fromBase64(data.weights);
  const model = new LinearModel(data.labels, LinearModel.slotsFor(data.rows), data.step);
  const keys = { at: 0 };
  const weights = { at: 0 };
  const row = new Float64Array(n);
  let key = 0;
  for (let r = 0; r < data.rows; r++) {
    key += readVarint(keyBytes, keys);
    const maskAt = weights.at;
    weights.at += maskBytes;
    row.fill(0);
    for (let y = 0; y < n; y++) {
      if (!(weightBytes[maskAt + (y >> 3)]! & (1 << (y & 7)))) continue;
      const z = readVarint(weightBytes, weights);
      row[y] = (z & 1 ? -(z + 1) / 2 : z / 2) * data.step;
    }
    model.setRow(key | 0, row);
  }
  return model;
}
