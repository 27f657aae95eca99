/**
 * `tsx scripts/bench-claims.ts`: words per second of each analysis stage (tokens + sentences,
 * actors, claims) on PolNeAR dev, best of several warm passes, so a change to one stage is
 * measured against the others in the same run (ratios hold on a loaded machine).
 */
import { loadPolnear } from './lib/polnear';
import { tokenize } from '../utils/nlp/tokenize';
import { splitSentences } from '../utils/nlp/sentences';
import { findActors } from '../utils/nlp/actors';
import { findClaims } from '../utils/nlp/claims';

const docs = loadPolnear(process.env.MARGIN_SPLIT ?? 'dev');
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
const passes = Number(process.env.PASSES ?? 5);
const best = { split: Infinity, actors: Infinity, claims: Infinity };
for (let p = 0; p < passes; p++) {
  const t = { split: 0, actors: 0, claims: 0 };
  for (const { text } of docs) {
    const t0 = performance.now();
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const t1 = performance.now();
    const actors = findActors(text, tokens, sentences);
    const t2 = performance.now();
    findClaims(text, tokens, sentences, actors);
    const t3 = performance.now();
    t.split += t1 - t0;
    t.actors += t2 - t1;
    t.claims += t3 - t2;
  }
  for (const k of ['split', 'actors', 'claims'] as const) best[k] = Math.min(best[k], t[k]);
}
const rate = (ms: number) => Math.round((words * 1000) / ms).toLocaleString('en-US');
const total = best.split + best.actors + best.claims;
console.log(`${docs.length} articles, ${words} words, best of ${passes} passes`);
for (const k of ['split', 'actors', 'claims'] as const)
  console.log(
    `${k.padEnd(8)} ${best[k].toFixed(0).padStart(6)} ms ${rate(best[k]).padStart(12)} words/s`,
  );
console.log(
  `${'all'.padEnd(8)} ${total.toFixed(0).padStart(6)} ms ${rate(total).padStart(12)} words/s`,
);
