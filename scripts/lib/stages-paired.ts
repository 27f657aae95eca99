/**
 * bench-claims' paired mode: the actor and claim stages of this checkout and of another one
 * (`BENCH_AGAINST=/path/to/checkout`), loaded side by side in one process and run in turn on
 * every article, in alternating order. On a shared machine the load drifts within seconds; the
 * ratio of the two within one pass cancels most of it, where two separate runs do not.
 */
import { resolve } from 'node:path';
import type { Actor, Claim } from '../../utils/nlp/types';
import type { Token } from '../../utils/nlp/tokenize';
import type { Sentence } from '../../utils/nlp/sentences';
import { findActors } from '../../utils/nlp/actors';
import { findClaims } from '../../utils/nlp/claims';

interface Stages {
  findActors: typeof findActors;
  findClaims: typeof findClaims;
}

/** One article, split once (the split stage is not compared). */
export interface PairedDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  actors: Actor[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Lines comparing this checkout's actor and claim stages with `other`'s, per-pass ratios. */
export async function pairedStages(
  other: string,
  docs: PairedDoc[],
  passes: number,
): Promise<string[]> {
  const root = resolve(other);
  const theirs: Stages = {
    findActors: (await import(`${root}/utils/nlp/actors/index.ts`)).findActors,
    findClaims: (await import(`${root}/utils/nlp/claims/index.ts`)).findClaims,
  };
  const ours: Stages = { findActors, findClaims };
  const stages = {
    actors: (s: Stages, d: PairedDoc) => s.findActors(d.text, d.tokens, d.sentences),
    claims: (s: Stages, d: PairedDoc): Claim[] =>
      s.findClaims(d.text, d.tokens, d.sentences, d.actors),
  };
  const out: string[] = [`this checkout / ${root}, per-pass ratios of summed wall time:`];
  for (const [name, run] of Object.entries(stages)) {
    const ratios: number[] = [];
    // Two warm-up passes: the first calls compile and load each checkout's models.
    for (let p = 0; p < passes + 2; p++) {
      const ms = [0, 0];
      for (const d of docs) {
        for (const k of p % 2 ? [1, 0] : [0, 1]) {
          const t = performance.now();
          run(k ? theirs : ours, d);
          ms[k]! += performance.now() - t;
        }
      }
      if (p >= 2) ratios.push(ms[0]! / ms[1]!);
    }
    const lo = Math.min(...ratios).toFixed(3);
    const hi = Math.max(...ratios).toFixed(3);
    out.push(
      `${name.padEnd(8)} median ${median(ratios).toFixed(3)}x  (${lo}-${hi}, ${passes} passes)`,
    );
  }
  return out;
}
