/**
 * Fits the article detector on WCXB dev page types (article vs the six others). Candidates:
 * an L2 logistic regression and gradient-boosted stumps over `utils/article/features.ts`;
 * the candidate, its settings and its threshold are chosen by type-stratified 5-fold
 * cross-validation, then refit on all of dev. Deterministic.
 * Writes utils/article/detection-model.ts. Usage: npm run train:article [-- --limit N]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectionModel } from '../utils/article/detect';
import { FEATURE_NAMES } from '../utils/article/features';
import { wcxbFeatures } from './lib/article-features';
import { fitStumps, stumpScore } from './lib/boosted-stumps';
import { PROJECT_ROOT } from './lib/data-path';
import { detectionFigures, type DetectionFigures } from './lib/detection-metrics';
import { fitLogistic, predict } from './lib/logistic';
import { foldsByType, loadWcxbDev, samplePages } from './lib/wcxb';

const K = 5;
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
// JSON-LD features are -1/0/+1 with 0 meaning "no scripts saved": 0 must stay neutral.
const MASKED = new Set([FEATURE_NAMES.indexOf('ldArticle'), FEATURE_NAMES.indexOf('ldOther')]);

type Model = Omit<DetectionModel, 'threshold' | 'cv' | 'features'>;

interface Candidate {
  name: string;
  fit: (xs: number[][], ys: number[]) => Model;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function probability(m: Model, x: number[]): number {
  if (m.stumps) return sigmoid(stumpScore(m.stumps, m.bias, x));
  return predict(m, x);
}

const CANDIDATES: Candidate[] = [
  ...[0.003, 0.03, 0.3].map((lambda) => ({
    name: `logistic lambda=${lambda}`,
    fit: (xs: number[][], ys: number[]) => fitLogistic(xs, ys, lambda, MASKED),
  })),
  ...[300, 600, 1000].map((rounds) => ({
    name: `stumps rounds=${rounds}`,
    fit: (xs: number[][], ys: number[]): Model => {
      const { bias, stumps } = fitStumps(xs, ys, {
        rounds,
        shrinkage: 0.1,
        minLeaf: 10,
        masked: MASKED,
      });
      return { mean: [], std: [], weights: [], bias, stumps };
    },
  })),
];

const fmt = (n: number) => n.toFixed(3);
const r4 = (n: number) => Math.round(n * 1e4) / 1e4;

function describe(f: DetectionFigures): string {
  return `P ${fmt(f.precision)} R ${fmt(f.recall)} F1 ${fmt(f.f1)} specificity ${fmt(f.specificity)}`;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--limit');
  const pages = samplePages(loadWcxbDev(), i >= 0 ? Number(process.argv[i + 1]) : undefined);
  console.log(`WCXB dev: ${pages.length} pages; computing features (cached in .cache/)`);
  const feats = await wcxbFeatures(pages);
  const usable = pages.filter((p) => feats.get(p.id));
  console.log(`${usable.length} usable (${pages.length - usable.length} gave up within budget)`);
  const xs = usable.map((p) => feats.get(p.id)!);
  const ys = usable.map((p) => (p.type === 'article' ? 1 : 0));
  const gold = ys.map((y) => y === 1);
  const folds = foldsByType(usable, K);

  let best = {
    candidate: CANDIDATES[0]!,
    threshold: 0.5,
    cv: null as DetectionFigures | null,
    oof: [] as number[],
  };
  for (const candidate of CANDIDATES) {
    const oof = new Array<number>(xs.length).fill(0);
    for (let k = 0; k < K; k++) {
      const train = xs.flatMap((_, j) => (folds[j] === k ? [] : [j]));
      const m = candidate.fit(
        train.map((j) => xs[j]!),
        train.map((j) => ys[j]!),
      );
      xs.forEach((x, j) => {
        if (folds[j] === k) oof[j] = probability(m, x);
      });
    }
    for (const threshold of THRESHOLDS) {
      const f = detectionFigures(
        oof.map((p) => p >= threshold),
        gold,
      );
      if (!best.cv || f.f1 > best.cv.f1) best = { candidate, threshold, cv: f, oof };
    }
    console.log(
      `  ${candidate.name}: CV@0.5 ${describe(
        detectionFigures(
          oof.map((p) => p >= 0.5),
          gold,
        ),
      )}`,
    );
  }
  const cv = best.cv!;
  console.log(
    `chosen ${best.candidate.name}, threshold ${best.threshold}: ${K}-fold CV ${describe(cv)}`,
  );
  const byType = new Map<string, [number, number]>();
  usable.forEach((p, j) => {
    const [hit, n] = byType.get(p.type) ?? [0, 0];
    byType.set(p.type, [hit + (best.oof[j]! >= best.threshold ? 1 : 0), n + 1]);
  });
  for (const [type, [hit, n]] of byType) console.log(`  CV judged article: ${type} ${hit}/${n}`);

  const fit = best.candidate.fit(xs, ys);
  const inSample = detectionFigures(
    xs.map((x) => probability(fit, x) >= best.threshold),
    gold,
  );
  console.log(`refit on all ${xs.length} pages, in-sample (optimistic): ${describe(inSample)}`);
  const model: DetectionModel = {
    features: [...FEATURE_NAMES],
    mean: fit.mean.map(r4),
    std: fit.std.map(r4),
    weights: fit.weights.map(r4),
    bias: r4(fit.bias),
    ...(fit.stumps
      ? {
          stumps: fit.stumps.map((s) => ({
            ...s,
            threshold: r4(s.threshold),
            below: r4(s.below),
            above: r4(s.above),
          })),
        }
      : {}),
    threshold: best.threshold,
    cv: {
      precision: r4(cv.precision),
      recall: r4(cv.recall),
      f1: r4(cv.f1),
      specificity: r4(cv.specificity),
    },
  };
  const out = join(PROJECT_ROOT, 'utils', 'article', 'detection-model.ts');
  writeFileSync(
    out,
    `/** Generated by scripts/train-article.ts (${best.candidate.name}, ${usable.length} WCXB dev pages, ${K}-fold CV F1 ${fmt(cv.f1)}); do not edit. */\n` +
      `import type { DetectionModel } from './detect';\n\n` +
      `/** The committed detection model. */\n` +
      `export const MODEL: DetectionModel = ${JSON.stringify(model)};\n`,
  );
  console.log(`wrote ${out}`);
}

void main();
