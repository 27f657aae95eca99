/**
 * The detection model's trees as flat numbers in the generated module: ten per tree (root
 * feature and threshold, then feature, threshold, below and above of each child), since the
 * detector ships in every page and object keys would be most of its size.
 */
import type { Stump, Tree } from './detect';

const WIDTH = 10;

/** Flattens trees for the generated model module. */
export function packTrees(trees: Tree[]): number[] {
  const leaf = (s: Stump) => [s.feature, s.threshold, s.below, s.above];
  return trees.flatMap((t) => [t.feature, t.threshold, ...leaf(t.below), ...leaf(t.above)]);
}

/** Rebuilds packed trees; splits on a `masked` feature read it as -1/0/+1 (0 unknown). */
export function unpackTrees(flat: number[], masked: number[]): Tree[] {
  const m = new Set(masked);
  const split = (feature: number, threshold: number) =>
    m.has(feature) ? { feature, threshold, masked: true } : { feature, threshold };
  const trees: Tree[] = [];
  for (let i = 0; i + WIDTH <= flat.length; i += WIDTH) {
    const n = flat.slice(i, i + WIDTH);
    trees.push({
      ...split(n[0]!, n[1]!),
      below: { ...split(n[2]!, n[3]!), below: n[4]!, above: n[5]! },
      above: { ...split(n[6]!, n[7]!), below: n[8]!, above: n[9]! },
    });
  }
  return trees;
}
