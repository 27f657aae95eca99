/**
 * Fits the container ranking: a logistic model of "this candidate reads within `tol` word F1
 * of the page's best candidate", each page weighing the same; its standardised weights are
 * folded back to raw features, since only the order of candidates within a page matters.
 */
import { bestCandidate, type ContainerModel } from '../../utils/article/container-rank';
import type { ContainerPage } from './container-data';
import { fitLogistic } from './logistic';

/** Knobs chosen by cross-validation. */
export interface RankOptions {
  lambda: number;
  tol: number;
}

/** Fits weights on `pages`. */
export function fitRanking(pages: ContainerPage[], o: RankOptions): ContainerModel {
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const p of pages) {
    if (p.rows.length === 0) continue;
    const top = Math.max(...p.f1);
    p.rows.forEach((r, k) => {
      xs.push(r);
      ys.push(p.f1[k]! >= top - o.tol ? 1 : 0);
      ws.push(1 / p.rows.length);
    });
  }
  const fit = fitLogistic(xs, ys, o.lambda, new Set(), 1000, 0.5, ws);
  return { weights: fit.weights.map((w, j) => w / fit.std[j]!) };
}

/** Mean word F1 over pages of the candidate each page's ranking picks. */
export function rankedF1(pages: ContainerPage[], model: ContainerModel): number {
  if (pages.length === 0) return 0;
  let sum = 0;
  for (const p of pages) {
    const k = bestCandidate(p.rows, model);
    sum += k >= 0 ? p.f1[k]! : p.fallbackF1;
  }
  return sum / pages.length;
}
