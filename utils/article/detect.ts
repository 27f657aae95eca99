/** Applies the logistic detection model that `scripts/train-article.ts` fits on WCXB dev. */
import { MODEL } from './detection-model';
import type { FeatureVector } from './features';
import type { Detection } from './types';

/** A standardised logistic regression, as written by the trainer. */
export interface DetectionModel {
  features: string[];
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

/** Logistic score in [0, 1] for one feature vector. */
export function articleProbability(x: FeatureVector, model: DetectionModel): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    z += (model.weights[i]! * ((x[i] ?? 0) - model.mean[i]!)) / model.std[i]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Detection with the strongest contributions named, e.g. `+ldArticle`, `-forms`. */
export function classify(x: FeatureVector, model: DetectionModel = DETECTION_MODEL): Detection {
  const p = articleProbability(x, model);
  const contributions = model.weights.map((w, i) => ({
    name: model.features[i] ?? String(i),
    c: (w * ((x[i] ?? 0) - model.mean[i]!)) / model.std[i]!,
  }));
  const signals = contributions
    .filter((f) => Math.abs(f.c) >= 0.5)
    .sort((a, b) => Math.abs(b.c) - Math.abs(a.c))
    .slice(0, 6)
    .map((f) => `${f.c > 0 ? '+' : '-'}${f.name}`);
  return { isArticle: p >= model.threshold, confidence: Math.round(p * 1000) / 1000, signals };
}
