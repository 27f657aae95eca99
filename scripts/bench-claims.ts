/**
 * `tsx scripts/bench-claims.ts`: words per second of each analysis stage (tokens + sentences,
 * actors, claims) on PolNeAR dev, best of several warm passes, so a change to one stage is
 * measured against the others in the same run. Wall time and this process's CPU time are both
 * shown: on a machine shared with other work, CPU time is the steadier of the two.
 * `BENCH_AGAINST=/path/to/other/checkout` also compares the actor and claim stages with that
 * checkout's, alternated per article in this process (see lib/stages-paired.ts).
 */
import { loadPolnear } from './lib/polnear';
import { tokenize } from '../utils/nlp/tokenize';
import { splitSentences } from '../utils/nlp/sentences';
import { findActors } from '../utils/nlp/actors';
import { findClaims } from '../utils/nlp/claims';
import { pairedStages } from './lib/stages-paired';

const STAGES = ['split', 'actors', 'claims'] as const;
type Times = Record<(typeof STAGES)[number], number>;

const docs = loadPolnear(process.env.MARGIN_SPLIT ?? 'dev');
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
const passes = Number(process.env.PASSES ?? 5);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const bestWall: Times = { split: Infinity, actors: Infinity, claims: Infinity };
const bestCpu: Times = { ...bestWall };
for (let p = 0; p < passes; p++) {
  const wall: Times = { split: 0, actors: 0, claims: 0 };
  const cpu: Times = { split: 0, actors: 0, claims: 0 };
  for (const { text } of docs) {
    const w = [performance.now()];
    const c = [cpuMs()];
    const mark = () => {
      w.push(performance.now());
      c.push(cpuMs());
    };
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    mark();
    const actors = findActors(text, tokens, sentences);
    mark();
    findClaims(text, tokens, sentences, actors);
    mark();
    STAGES.forEach((k, i) => {
      wall[k] += w[i + 1]! - w[i]!;
      cpu[k] += c[i + 1]! - c[i]!;
    });
  }
  for (const k of STAGES) {
    bestWall[k] = Math.min(bestWall[k], wall[k]);
    bestCpu[k] = Math.min(bestCpu[k], cpu[k]);
  }
}
const rate = (ms: number) => Math.round((words * 1000) / ms).toLocaleString('en-US');
const sum = (t: Times) => t.split + t.actors + t.claims;
const line = (name: string, wall: number, cpu: number) =>
  console.log(
    `${name.padEnd(8)} wall ${wall.toFixed(0).padStart(6)} ms ${rate(wall).padStart(11)} words/s` +
      `   cpu ${cpu.toFixed(0).padStart(6)} ms ${rate(cpu).padStart(11)} words/s`,
  );
console.log(`${docs.length} articles, ${words} words, best of ${passes} passes`);
for (const k of STAGES) line(k, bestWall[k], bestCpu[k]);
line('all', sum(bestWall), sum(bestCpu));

const against = process.env.BENCH_AGAINST;
if (against) {
  const split = docs.map(({ text }) => {
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    return { text, tokens, sentences, actors: findActors(text, tokens, sentences) };
  });
  void pairedStages(against, split, passes * 2).then((lines) => console.log(lines.join('\n')));
}
