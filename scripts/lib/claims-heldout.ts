/**
 * Shared set-up of the held-out analysis scripts: the models written by
 * `CLAIMS_HELDOUT_OUT=... npm run train:claims` (they never saw the tenth) and the held-out
 * tenth of PolNeAR train they are scored on (`CLAIMS_FOLD`, default 0). Never dev.
 */
import { readFileSync } from 'node:fs';
import { loadPolnear, type Range } from './polnear';
import { prepare, type Prepared } from './claims-train';
import { deserializeModel, hashString } from '../../utils/nlp/tagger';
import type { ClaimModels } from '../../utils/nlp/claims/pipeline';

/** The command line of a held-out script: models, tenth, example count and the other words. */
export function heldoutSetup(
  usage: string,
  examples: number,
): { models: ClaimModels; held: Prepared[]; fold: number; nEx: number; args: string[] } {
  const args = process.argv.slice(2);
  const file = args.find((a) => a.endsWith('.json'));
  if (!file) throw new Error(`usage: ${usage}`);
  const fold = Number(process.env.CLAIMS_FOLD ?? 0);
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const models: ClaimModels = {
    cue: deserializeModel(m.cue),
    role: deserializeModel(m.role),
    cueSkip: new Set<number>(m.cueSkip.map(hashString)),
  };
  const held = loadPolnear('train')
    .filter((_, i) => i % 10 === fold)
    .map(prepare);
  const nEx = Number(args.find((a) => /^\d+$/.test(a)) ?? examples);
  return { models, held, fold, nEx, args };
}

const overlapLength = (a: Range, b: Range) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Gold and predicted cues paired one-to-one by largest overlap, as the evaluator matches them. */
export function matchCues(gold: Range[], pred: Range[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    pred.forEach((q, pi) => {
      const o = overlapLength(g, q);
      if (o > 0) pairs.push([o, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const uG = new Set<number>();
  const uP = new Set<number>();
  const out: [number, number][] = [];
  for (const [, gi, pi] of pairs) {
    if (uG.has(gi) || uP.has(pi)) continue;
    uG.add(gi);
    uP.add(pi);
    out.push([gi, pi]);
  }
  return out;
}
