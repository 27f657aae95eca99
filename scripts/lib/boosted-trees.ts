/**
 * Gradient-boosted depth-2 trees on log-loss (Newton leaves): a root split, then one split on
 * each side, so a cue can count differently on pages another cue already sets apart (code on
 * a page without a byline). Same conventions as `boosted-stumps.ts`: deterministic, and
 * `masked` -1/0/+1 features send 0 ("unknown") nowhere, adding nothing.
 */
import type { Stump, Tree } from '../../utils/article/detect';
import { treeScore } from '../../utils/article/detect';
import { boostingStart, gradients, type BoostOptions } from './boosted-stumps';

interface Split {
  gain: number;
  feature: number;
  threshold: number;
  masked: boolean;
  /** Gradient and hessian sums left (below / -1) and right (above / +1). */
  sums: [number, number, number, number];
}

const leaf = (g: number, h: number) => (h > 1e-9 ? Math.max(-4, Math.min(4, g / h)) : 0);

/** 0 below (or -1), 1 above (or +1), -1 for a masked feature's "unknown". */
function side(v: number, masked: boolean, threshold: number): number {
  if (masked) return v < 0 ? 0 : v > 0 ? 1 : -1;
  return v <= threshold ? 0 : 1;
}

function maskedSplit(rows: number[], xs: number[][], r: number[], w: number[], j: number): Split {
  let gl = 0,
    hl = 0,
    gh = 0,
    hh = 0;
  for (const i of rows) {
    const v = xs[i]![j]!;
    if (v < 0) {
      gl += r[i]!;
      hl += w[i]!;
    } else if (v > 0) {
      gh += r[i]!;
      hh += w[i]!;
    }
  }
  const gain =
    (hl > 0 ? (gl * gl) / hl : 0) +
    (hh > 0 ? (gh * gh) / hh : 0) -
    (hl + hh > 0 ? (gl + gh) ** 2 / (hl + hh) : 0);
  return { gain, feature: j, threshold: 0, masked: true, sums: [gl, hl, gh, hh] };
}

/** The best split of the rows flagged in `member`, scanning each feature's sorted order. */
function bestSplit(
  rows: number[],
  member: Uint8Array,
  xs: number[][],
  r: number[],
  w: number[],
  orders: number[][],
  o: BoostOptions,
): Split | null {
  let gT = 0,
    hT = 0;
  for (const i of rows) {
    gT += r[i]!;
    hT += w[i]!;
  }
  let best: Split | null = null;
  orders.forEach((order, j) => {
    if (o.masked.has(j)) {
      const s = maskedSplit(rows, xs, r, w, j);
      if (!best || s.gain > best.gain) best = s;
      return;
    }
    let gl = 0,
      hl = 0,
      seen = 0,
      prev = -1;
    for (const i of order) {
      if (!member[i]) continue;
      if (prev >= 0 && seen >= o.minLeaf && rows.length - seen >= o.minLeaf) {
        const v = xs[prev]![j]!;
        const next = xs[i]![j]!;
        if (v !== next) {
          const gr = gT - gl,
            hr = hT - hl;
          const gain = (gl * gl) / hl + (gr * gr) / hr - (gT * gT) / hT;
          if (!best || gain > best.gain) {
            best = {
              gain,
              feature: j,
              threshold: (v + next) / 2,
              masked: false,
              sums: [gl, hl, gr, hr],
            };
          }
        }
      }
      gl += r[i]!;
      hl += w[i]!;
      seen++;
      prev = i;
    }
  });
  return best;
}

/** A child stump for the rows on one side of the root (a constant when they cannot split). */
function child(
  rows: number[],
  xs: number[][],
  r: number[],
  w: number[],
  orders: number[][],
  o: BoostOptions,
  root: Split,
): Stump {
  const member = new Uint8Array(xs.length);
  for (const i of rows) member[i] = 1;
  const s = bestSplit(rows, member, xs, r, w, orders, o);
  if (!s) {
    const v = leaf(
      rows.reduce((a, i) => a + r[i]!, 0),
      rows.reduce((a, i) => a + w[i]!, 0),
    );
    const c = v * o.shrinkage;
    return { feature: root.feature, threshold: root.threshold, below: c, above: c };
  }
  const [gl, hl, gr, hr] = s.sums;
  return {
    feature: s.feature,
    threshold: s.threshold,
    below: leaf(gl, hl) * o.shrinkage,
    above: leaf(gr, hr) * o.shrinkage,
    ...(s.masked ? { masked: true } : {}),
  };
}

/** Fits boosted depth-2 trees; returns the bias and the trees (shrinkage already applied). */
export function fitTrees(
  xs: number[][],
  ys: number[],
  o: BoostOptions,
): { bias: number; trees: Tree[] } {
  const n = xs.length;
  const { bias, z, orders } = boostingStart(xs, ys);
  const all = Array.from({ length: n }, (_, i) => i);
  const everyone = new Uint8Array(n).fill(1);
  const trees: Tree[] = [];
  for (let m = 0; m < o.rounds; m++) {
    const { r, w } = gradients(z, ys);
    const root = bestSplit(all, everyone, xs, r, w, orders, o);
    if (!root) break;
    const sideOf = (i: number) => side(xs[i]![root.feature]!, root.masked, root.threshold);
    const tree: Tree = {
      feature: root.feature,
      threshold: root.threshold,
      ...(root.masked ? { masked: true } : {}),
      below: child(
        all.filter((i) => sideOf(i) === 0),
        xs,
        r,
        w,
        orders,
        o,
        root,
      ),
      above: child(
        all.filter((i) => sideOf(i) === 1),
        xs,
        r,
        w,
        orders,
        o,
        root,
      ),
    };
    trees.push(tree);
    for (let i = 0; i < n; i++) z[i] = treeScore([tree], z[i]!, xs[i]!);
  }
  return { bias, trees };
}

/**
 * Rounds thresholds to `digits` significant digits and leaves to 3 decimals, then sums trees
 * that split alike (boosting revisits its best splits): same predictions, a smaller model.
 */
export function compactTrees(trees: Tree[], digits = 3): Tree[] {
  const p = (n: number) => Number(n.toPrecision(digits));
  const r3 = (n: number) => Math.round(n * 1e3) / 1e3;
  const key = (s: { feature: number; threshold: number }) => `${s.feature}:${p(s.threshold)}`;
  const merged = new Map<string, Tree>();
  for (const t of trees) {
    const k = `${key(t)}|${key(t.below)}|${key(t.above)}`;
    const m = merged.get(k);
    if (m) {
      for (const side of ['below', 'above'] as const) {
        m[side].below += t[side].below;
        m[side].above += t[side].above;
      }
    } else {
      const copy = (s: Stump): Stump => ({ ...s, threshold: p(s.threshold) });
      merged.set(k, {
        ...t,
        threshold: p(t.threshold),
        below: copy(t.below),
        above: copy(t.above),
      });
    }
  }
  const round = (s: Stump): Stump => ({ ...s, below: r3(s.below), above: r3(s.above) });
  return [...merged.values()].map((t) => ({ ...t, below: round(t.below), above: round(t.above) }));
}
