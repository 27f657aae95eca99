import { describe, expect, it } from 'vitest';
import { classify, treeScore, type DetectionModel, type Tree } from '../../../utils/article/detect';
import { packTrees, unpackTrees } from '../../../utils/article/model-pack';

const TREES: Tree[] = [
  {
    feature: 0,
    threshold: 0.5,
    below: { feature: 1, threshold: 2, below: -0.5, above: 0.25 },
    above: { feature: 2, threshold: 0, below: -1, above: 1, masked: true },
  },
  {
    feature: 2,
    threshold: 0,
    masked: true,
    below: { feature: 0, threshold: 0.5, below: 0.1, above: 0.2 },
    above: { feature: 1, threshold: 3, below: 0.3, above: 0.4 },
  },
];

describe('detection model trees', () => {
  it('pack then unpack gives the same trees back', () => {
    expect(unpackTrees(packTrees(TREES), [2])).toEqual(TREES);
  });

  it('a tree adds its child stump; a masked unknown (0) adds nothing', () => {
    // x0 <= 0.5 -> child on x1: 3 > 2 -> +0.25; x2 = 0: the second tree adds nothing.
    expect(treeScore(TREES, 0, [0, 3, 0])).toBeCloseTo(0.25);
    // x0 > 0.5 -> x2 = +1 -> +1; second tree: +1 -> x1 = 1 <= 3 -> +0.3.
    expect(treeScore(TREES, 0.1, [1, 1, 1])).toBeCloseTo(1.4);
    // x0 > 0.5, x2 unknown: the first tree's masked child adds nothing.
    expect(treeScore(TREES, 0, [1, 1, 0])).toBe(0);
  });

  it('classify sums the linear part and the trees on the log-odds', () => {
    const model: DetectionModel = {
      features: ['a', 'b', 'c'],
      mean: [0, 0, 0],
      std: [],
      weights: [0, 2, 0],
      bias: -1,
      trees: TREES,
      threshold: 0.5,
    };
    // -1 + 2 * 1 + 1.3 (trees) = 2.3 -> article, `b` the strongest signal.
    const d = classify([1, 1, 1], model);
    expect(d.isArticle).toBe(true);
    expect(d.confidence).toBeCloseTo(1 / (1 + Math.exp(-2.3)), 3);
    expect(d.signals?.[0]).toBe('+b');
    expect(classify([0, 0, -1], model).isArticle).toBe(false);
  });
});
