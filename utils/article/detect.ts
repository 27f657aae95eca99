/** Applies the logistic detection model that `scripts/train-article.ts` fits on WCXB dev. */
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

/** The trained detector: a standardised logistic regression, or boosted stumps when present. */
export interface DetectionModel {
  features: string[];
  /** When set, the model is `bias + sum of stumps` and the logistic weights are unused. */
  stumps?: Stump[];
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

/** Each feature's additive share of the log-odds for one vector. */
function contributions(x: FeatureVector, model: DetectionModel): number[] {
  const out = new Array<number>(model.features.length).fill(0);
  if (model.stumps) {
    for (const s of model.stumps) {
      const v = x[s.feature] ?? 0;
      const add = s.masked
        ? v < 0
          ? s.below
          : v > 0
            ? s.above
            : 0
        : v <= s.threshold
          ? s.below
          : s.above;
      out[s.feature] = (out[s.feature] ?? 0) + add;
    }
    return out;
  }
  for (let i = 0; i < model.weights.length; i++) {
    out[i] = (model.weights[i]! * ((x[i] ?? 0) - model.mean[i]!)) / model.std[i]!;
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
