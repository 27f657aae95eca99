/**
 * Applies the detection model that `scripts/train-article.ts` fits on WCXB dev: an additive
 * log-odds model whose terms are any of a linear part, boosted stumps and depth-2 trees.
 */
import { MODEL } from './detection-model';
import type { FeatureVector } from './features';
import type { Detection } from './types';

/** One boosted decision stump: adds `below` or `above` to the log-odds. */
export interface Stump {
  feature: number;
  threshold: number;
  below: number;
  above: number;
  /** -1/0/+1 feature whose 0 means "unknown": adds `below` for -1, `above` for +1, 0 for 0. */
  masked?: boolean;
}

/** A depth-2 tree: the root's split picks the child stump that adds to the log-odds. */
export interface Tree {
  feature: number;
  threshold: number;
  masked?: boolean;
  below: Stump;
  above: Stump;
}

/**
 * The trained detector: `bias` plus a linear part over standardised features (`weights`, empty
 * when unused) plus any boosted stumps and trees, all on the log-odds.
 */
export interface DetectionModel {
  features: string[];
  stumps?: Stump[];
  trees?: Tree[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  threshold: number;
  /** Cross-validated figures on WCXB dev, recorded by the trainer. */
  cv?: { precision: number; recall: number; f1: number; specificity: number };
}

/** The committed model. */
export const DETECTION_MODEL: DetectionModel = MODEL;

/** Which side of a split `x` falls on: the stump's `below` or `above`, or null (unknown). */
function sideOf(s: Stump | Tree, x: FeatureVector): 'below' | 'above' | null {
  const v = x[s.feature] ?? 0;
  if (s.masked) return v < 0 ? 'below' : v > 0 ? 'above' : null;
  return v <= s.threshold ? 'below' : 'above';
}

/** One stump's addition to the log-odds. */
function stumpValue(s: Stump, x: FeatureVector): number {
  const side = sideOf(s, x);
  return side ? s[side] : 0;
}

/** Bias plus the trees' additions for one vector: the score the tree trainer boosts. */
export function treeScore(trees: Tree[], bias: number, x: FeatureVector): number {
  let z = bias;
  for (const t of trees) {
    const side = sideOf(t, x);
    if (side) z += stumpValue(t[side], x);
  }
  return z;
}

/** Each feature's additive share of the log-odds (a tree's share split over its two splits). */
function contributions(x: FeatureVector, model: DetectionModel): number[] {
  const out = new Array<number>(model.features.length).fill(0);
  for (const s of model.stumps ?? []) out[s.feature] = (out[s.feature] ?? 0) + stumpValue(s, x);
  for (const t of model.trees ?? []) {
    const side = sideOf(t, x);
    if (!side) continue;
    const add = stumpValue(t[side], x) / 2;
    out[t.feature] = (out[t.feature] ?? 0) + add;
    out[t[side].feature] = (out[t[side].feature] ?? 0) + add;
  }
  for (let i = 0; i < model.weights.length; i++) {
    // The trainer may fold the standard deviations into the weights and ship no `std`.
    out[i] = out[i]! + (model.weights[i]! * ((x[i] ?? 0) - model.mean[i]!)) / (model.std[i] ?? 1);
  }
  return out;
}

/** Probability-like score in [0, 1] for one feature vector. */
export function articleProbability(x: FeatureVector, model: DetectionModel): number {
  const z = contributions(x, model).reduce((a, b) => a + b, model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** Detection with the strongest contributions named, e.g. `+ldArticle`, `-forms`. */
export function classify(x: FeatureVector, model: DetectionModel = DETECTION_MODEL): Detection {
  const c = contributions(x, model);
  const z = c.reduce((a, b) => a + b, model.bias);
  const p = 1 / (1 + Math.exp(-z));
  const signals = c
    .map((v, i) => ({ name: model.features[i] ?? String(i), v }))
    .filter((f) => Math.abs(f.v) >= 0.5)
    .sort((a, b) => Math.abs(b.v) - Math.abs(a.v))
    .slice(0, 6)
    .map((f) => `${f.v > 0 ? '+' : '-'}${f.name}`);
  return { isArticle: p >= model.threshold, confidence: Math.round(p * 1000) / 1000, signals };
}
