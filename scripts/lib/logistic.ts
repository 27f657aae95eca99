/** Small deterministic L2-regularised logistic regression for the article detector. */

/** A fitted model on standardised inputs (weights apply to `(x - mean) / std`). */
export interface LogisticFit {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/** Column means and standard deviations; columns in `fixed` keep mean 0 and std 1. */
export function standardiser(
  xs: number[][],
  fixed: Set<number>,
): { mean: number[]; std: number[] } {
  const d = xs[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(1);
  for (let j = 0; j < d; j++) {
    if (fixed.has(j)) continue;
    let s = 0;
    for (const x of xs) s += x[j]!;
    const m = s / xs.length;
    let v = 0;
    for (const x of xs) v += (x[j]! - m) ** 2;
    mean[j] = m;
    std[j] = Math.sqrt(v / xs.length) || 1;
  }
  return { mean, std };
}

/** Fits by full-batch gradient descent with a fixed schedule, so reruns give the same weights. */
export function fitLogistic(
  xs: number[][],
  ys: number[],
  lambda: number,
  fixed: Set<number>,
  iterations = 3000,
  rate = 0.5,
  /** Per-example weights (default 1 each). */
  weights?: number[],
): LogisticFit {
  const { mean, std } = standardiser(xs, fixed);
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / std[j]!));
  const d = mean.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const sw = weights ?? new Array<number>(xs.length).fill(1);
  const n = sw.reduce((a, b) => a + b, 0);
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      const zi = z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * zi[j]!;
      const err = (1 / (1 + Math.exp(-s)) - ys[i]!) * sw[i]!;
      gb += err;
      for (let j = 0; j < d; j++) gw[j] = gw[j]! + err * zi[j]!;
    }
    for (let j = 0; j < d; j++) w[j] = w[j]! - rate * (gw[j]! / n + lambda * w[j]!);
    b -= (rate * gb) / n;
  }
  return { mean, std, weights: w, bias: b };
}

/** Probability for one input under a fit. */
export function predict(fit: LogisticFit, x: number[]): number {
  let s = fit.bias;
  for (let j = 0; j < fit.weights.length; j++) {
    s += (fit.weights[j]! * (x[j]! - fit.mean[j]!)) / fit.std[j]!;
  }
  return 1 / (1 + Math.exp(-s));
}
