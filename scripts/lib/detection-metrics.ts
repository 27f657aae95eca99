/** Binary detection figures: precision, recall, F1 and specificity. */

/** Confusion counts and the figures derived from them. */
export interface DetectionFigures {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  specificity: number;
}

/** Figures for predictions against gold labels (true = article). */
export function detectionFigures(predicted: boolean[], gold: boolean[]): DetectionFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const specificity = tn + fp ? tn / (tn + fp) : 0;
  return { tp, fp, fn, tn, precision, recall, f1, specificity };
}
