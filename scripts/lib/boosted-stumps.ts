/**
 * Gradient-boosted decision stumps on log-loss: a small, deterministic non-linear detector.
 * Features listed as `masked` take values -1/0/+1 where 0 means "unknown" (a saved page
 * without scripts): their stumps give 0 to unknown, so absence never counts as evidence.
 */
import type { Stump } from '../../utils/article/detect';

/** Training knobs. */
export interface BoostOptions {
  rounds: number;
  shrinkage: number;
  /** Minimum examples on each side of a split. */
  minLeaf: number;
  masked: Set<number>;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

interface Split {
  gain: number;
  stump: Stump;
}

function leafValue(g: number, h: number): number {
  return h > 1e-9 ? Math.max(-4, Math.min(4, g / h)) : 0;
}

function bestMaskedSplit(xs: number[][], r: number[], w: number[], j: number): Split {
  let gl = 0,
    hl = 0,
    gh = 0,
    hh = 0;
  xs.forEach((x, i) => {
    if (x[j]! < 0) {
      gl += r[i]!;
      hl += w[i]!;
    } else if (x[j]! > 0) {
      gh += r[i]!;
      hh += w[i]!;
    }
  });
  const gain = (hl > 0 ? (gl * gl) / hl : 0) + (hh > 0 ? (gh * gh) / hh : 0);
  return {
    gain,
    stump: {
      feature: j,
      threshold: 0,
      below: leafValue(gl, hl),
      above: leafValue(gh, hh),
      masked: true,
    },
  };
}

function bestSplit(
  order: number[],
  xs: number[][],
  r: number[],
  w: number[],
  j: number,
  minLeaf: number,
): Split | null {
  let gTot = 0,
    hTot = 0;
  for (const i of order) {
    gTot += r[i]!;
    hTot += w[i]!;
  }
  let gl = 0,
    hl = 0;
  let best: Split | null = null;
  for (let k = 0; k < order.length - 1; k++) {
    const i = order[k]!;
    gl += r[i]!;
    hl += w[i]!;
    const v = xs[i]![j]!;
    const next = xs[order[k + 1]!]![j]!;
    if (v === next || k + 1 < minLeaf || order.length - k - 1 < minLeaf) continue;
    const gr = gTot - gl,
      hr = hTot - hl;
    const gain = (gl * gl) / hl + (gr * gr) / hr - (gTot * gTot) / hTot;
    if (!best || gain > best.gain) {
      best = {
        gain,
        stump: {
          feature: j,
          threshold: (v + next) / 2,
          below: leafValue(gl, hl),
          above: leafValue(gr, hr),
        },
      };
    }
  }
  return best;
}

/** Applies stumps (plus bias) to one vector: the log-odds of "article". */
export function stumpScore(stumps: Stump[], bias: number, x: number[]): number {
  let z = bias;
  for (const s of stumps) {
    const v = x[s.feature] ?? 0;
    if (s.masked) z += v < 0 ? s.below : v > 0 ? s.above : 0;
    else z += v <= s.threshold ? s.below : s.above;
  }
  return z;
}

/** The prior log-odds, every row's running score, and each feature's row order. */
export function boostingStart(
  xs: number[][],
  ys: number[],
): { bias: number; z: number[]; orders: number[][] } {
  const n = xs.length;
  const pos = ys.reduce((a, b) => a + b, 0);
  const bias = Math.log((pos + 1) / (n - pos + 1));
  const orders = Array.from({ length: xs[0]?.length ?? 0 }, (_, j) =>
    Array.from({ length: n }, (_, i) => i).sort((a, b) => xs[a]![j]! - xs[b]![j]! || a - b),
  );
  return { bias, z: new Array<number>(n).fill(bias), orders };
}

/** Log-loss gradients (residuals) and hessians (weights) at the running scores. */
export function gradients(z: number[], ys: number[]): { r: number[]; w: number[] } {
  const p = z.map(sigmoid);
  return {
    r: p.map((pi, i) => ys[i]! - pi),
    w: p.map((pi) => Math.max(pi * (1 - pi), 1e-6)),
  };
}

/** Fits boosted stumps; returns the bias and the stumps (shrinkage already applied). */
export function fitStumps(
  xs: number[][],
  ys: number[],
  o: BoostOptions,
): { bias: number; stumps: Stump[] } {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const { bias, z, orders } = boostingStart(xs, ys);
  const stumps: Stump[] = [];
  for (let m = 0; m < o.rounds; m++) {
    const { r, w } = gradients(z, ys);
    let best: Split | null = null;
    for (let j = 0; j < d; j++) {
      const s = o.masked.has(j)
        ? bestMaskedSplit(xs, r, w, j)
        : bestSplit(orders[j]!, xs, r, w, j, o.minLeaf);
      if (s && (!best || s.gain > best.gain)) best = s;
    }
    if (!best) break;
    const stump = {
      ...best.stump,
      below: best.stump.below * o.shrinkage,
      above: best.stump.above * o.shrinkage,
    };
    stumps.push(stump);
    for (let i = 0; i < n; i++) z[i] = stumpScore([stump], z[i]!, xs[i]!);
  }
  return { bias, stumps };
}

/**
 * Sums stumps that split the same feature at the same threshold (boosting revisits its best
 * splits many times): same predictions, a fraction of the size. Thresholds are rounded to
 * `digits` significant digits first, leaves to 4 decimals.
 */
export function mergeStumps(stumps: Stump[], digits = 4): Stump[] {
  const merged = new Map<string, Stump>();
  for (const s of stumps) {
    const threshold = Number(s.threshold.toPrecision(digits));
    const key = `${s.feature}|${threshold}|${s.masked ? 1 : 0}`;
    const m = merged.get(key);
    if (m) {
      m.below += s.below;
      m.above += s.above;
    } else merged.set(key, { ...s, threshold });
  }
  const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
  return [...merged.values()]
    .map((s) => ({ ...s, below: r4(s.below), above: r4(s.above) }))
    .sort((a, b) => a.feature - b.feature || a.threshold - b.threshold);
}
