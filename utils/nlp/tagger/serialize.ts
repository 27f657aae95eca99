/**
 * Model files: the scorer's own table (hashes and int16 weights, see model.ts) as base64 in a
 * small JSON object. Loading is a native base64 decode; nothing is rebuilt row by row.
 */
import { fromBase64, toBase64 } from './base64';
import { readLegacyModel, type LegacyModel } from './legacy-format';
import { LinearModel } from './model';

/** The serialised form of a LinearModel, safe to commit as JSON. */
export interface SerializedModel {
  labels: string[];
  slots: number;
  /** Stored rows (optional: counted from the table when absent). */
  rows?: number;
  /** Weight of one int16 step. */
  step: number;
  table: string;
}

/**
 * Packs a model, re-quantised to `step`. Each row is first shifted to centre on zero (a
 * constant added to a whole row changes no argmax); rows whose largest weight is under
 * `minRow` are dropped, as they rarely change a decision.
 */
export function serializeModel(model: LinearModel, step = model.step, minRow = 0): SerializedModel {
  const rows: [number, number[]][] = [];
  model.forEachRow((hash, weights) => {
    const shift = (Math.max(...weights) + Math.min(...weights)) / 2;
    const centred = weights.map((w) => w - shift);
    const largest = Math.max(...centred.map(Math.abs));
    if (largest >= Math.max(minRow, step / 2)) rows.push([hash, centred]);
  });
  const packed = new LinearModel(model.labels, LinearModel.slotsFor(rows.length), step);
  for (const [hash, weights] of rows) packed.setRow(hash, weights);
  return {
    labels: [...model.labels],
    slots: packed.slots,
    rows: packed.size,
    step,
    table: toBase64(packed.bytes),
  };
}

/** Restores a serialised model (the first, row-by-row format is still read). */
export function deserializeModel(data: SerializedModel | LegacyModel): LinearModel {
  if ('keys' in data) return readLegacyModel(data);
  return new LinearModel(data.labels, data.slots, data.step, fromBase64(data.table), data.rows);
}
