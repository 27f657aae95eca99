/**
 * Actor recognition, Margin vs compromise 14 side by side on CoNLL-2003 valid: exact-span
 * P/R/F1 per type (CoNLL rules), speed, cold first call, gzipped bundle size; then the seed
 * article against its expected actors. Data: ../shared/data or $MARGIN_DATA.
 */
import { join } from 'node:path';
import { findActors } from '../utils/nlp/actors';
import { splitSentences } from '../utils/nlp/sentences';
import { tokenize } from '../utils/nlp/tokenize';
import { compromise, margin, type ActorSystem } from './lib/actor-systems';
import { bundleSize, coldStart } from './lib/bundle-size';
import {
  prf,
  readConll,
  scoreSpans,
  type ConllDoc,
  type EntitySpan,
  type Score,
} from './lib/conll';
import { PROJECT_ROOT, dataPath } from './lib/data-path';
import { scoreSeed, seedBody } from './lib/seed-actors';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const SAMPLE =
  'President Vladimir V. Putin of Russia met North Korea’s leader, Kim Jong-un, in Pyongyang on Wednesday, the Kremlin said.';
const CORE = ['PER', 'ORG', 'LOC'];

interface Row {
  name: string;
  scores: Map<string, Score>;
  tokensPerSecond: number;
  tokensPerCpuSecond: number;
  /** Wall seconds of each timed pass, in pass order. */
  passWalls: number[];
  firstCallMs: number;
  firstCallCpuMs: number;
  loadMs: number;
  gzipKb: number;
}

/** One pass in wall and CPU seconds (the machine is shared: wall includes waiting). */
function timeOnce(run: () => void): { wall: number; cpu: number } {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(startedCpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/** Best of two timed passes, in wall and CPU seconds. */
function timed(run: () => void): { wall: number; cpu: number } {
  const a = timeOnce(run);
  const b = timeOnce(run);
  return { wall: Math.min(a.wall, b.wall), cpu: Math.min(a.cpu, b.cpu) };
}

const tokenCount = (docs: ConllDoc[]) => docs.reduce((n, d) => n + d.tokenCount, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Timed passes over the corpus per system for the speed figures. */
const PASSES = 5;

/**
 * Accuracy and speed of each system. The systems take turns pass by pass (in alternating
 * order) and each reports its median pass, wall and CPU: on a shared machine a change of load
 * then hits both alike, where all of one system's passes before the other's would not.
 */
function accuracyAndSpeed(
  systems: ActorSystem[],
  docs: ConllDoc[],
): Pick<Row, 'scores' | 'tokensPerSecond' | 'tokensPerCpuSecond' | 'passWalls'>[] {
  // Warm up first: first-call cost is measured separately.
  for (const system of systems) for (const d of docs.slice(0, 20)) system.run(d.text);
  const predicted: EntitySpan[][][] = systems.map(() => []);
  const walls: number[][] = systems.map(() => []);
  const cpus: number[][] = systems.map(() => []);
  for (let pass = 0; pass < PASSES; pass++) {
    const order = systems.map((_, k) => k);
    if (pass % 2) order.reverse();
    for (const k of order) {
      const { wall, cpu } = timeOnce(() => {
        predicted[k] = docs.map((d) => systems[k]!.run(d.text));
      });
      walls[k]!.push(wall);
      cpus[k]!.push(cpu);
    }
  }
  return systems.map((_, k) => {
    const scores = new Map<string, Score>();
    docs.forEach((d, i) => scoreSpans(d.entities, predicted[k]![i]!, scores));
    return {
      scores,
      tokensPerSecond: tokenCount(docs) / median(walls[k]!),
      tokensPerCpuSecond: tokenCount(docs) / median(cpus[k]!),
      passWalls: walls[k]!,
    };
  });
}

/** Tokens per second of the whole actor stage (tokenise, split, tag, link), as the extension runs it. */
function fullPipelineSpeed(docs: ConllDoc[]): { wall: number; cpu: number } {
  const { wall, cpu } = timed(() => {
    for (const d of docs) {
      const t = tokenize(d.text);
      findActors(d.text, t, splitSentences(d.text, t));
    }
  });
  return { wall: tokenCount(docs) / wall, cpu: tokenCount(docs) / cpu };
}

const pct = (v: number) => v.toFixed(1).padStart(6);

function printTable(rows: Row[]): void {
  const header = ['', ...rows.map((r) => r.name.padStart(20))].join(' | ');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const type of [...TYPES, 'PER+ORG+LOC', 'all four']) {
    const types = type === 'PER+ORG+LOC' ? CORE : type === 'all four' ? TYPES : [type];
    const cells = rows.map((r) => {
      const { p, r: rec, f } = prf(r.scores, types);
      return `P${pct(p)} R${pct(rec)} F${pct(f)}`.padStart(20);
    });
    console.log([type.padEnd(11), ...cells].join(' | '));
  }
  const line = (label: string, f: (r: Row) => string) =>
    console.log([label.padEnd(11), ...rows.map((r) => f(r).padStart(20))].join(' | '));
  line('tokens/s', (r) => Math.round(r.tokensPerSecond).toLocaleString('en'));
  console.log(`(median of ${PASSES} passes over the corpus, the systems taking turns)`);
  line('  per CPU s', (r) => Math.round(r.tokensPerCpuSecond).toLocaleString('en'));
  line('load ms', (r) => r.loadMs.toFixed(1));
  line('first call', (r) => `${r.firstCallMs.toFixed(1)} ms`);
  line('  (CPU time)', (r) => `${r.firstCallCpuMs.toFixed(1)} ms`);
  console.log(
    '(load and first call: minified esbuild bundle in a fresh node process, median of 3)',
  );
  line('gzip size', (r) => `${r.gzipKb.toFixed(0)} KB`);
}

async function main(): Promise<void> {
  const docs = readConll(dataPath('conll2003', 'valid.txt'));
  console.log(
    `CoNLL-2003 valid: ${docs.length} docs, ${docs.reduce((n, d) => n + d.tokenCount, 0)} tokens`,
  );
  // What each side ships, with a run(text) entry for the cold-start probe.
  const sources: Record<string, string> = {
    Margin: `import { findActors } from './utils/nlp/actors';
      import { tokenize } from './utils/nlp/tokenize';
      import { splitSentences } from './utils/nlp/sentences';
      export function run(text) { const t = tokenize(text); return findActors(text, t, splitSentences(text, t)); }`,
    compromise: `import nlp from 'compromise';
      export function run(text) { const d = nlp(text); return [d.people().json(), d.organizations().json(), d.places().json()]; }`,
  };
  const systems = [margin, compromise];
  const measured = accuracyAndSpeed(systems, docs);
  const rows: Row[] = [];
  for (const [k, system] of systems.entries()) {
    const cold = await coldStart(sources[system.name]!, PROJECT_ROOT, SAMPLE);
    const size = await bundleSize(sources[system.name]!, PROJECT_ROOT);
    rows.push({ name: system.name, ...measured[k]!, ...cold, gzipKb: size.gzip / 1024 });
  }
  printTable(rows);
  const full = fullPipelineSpeed(docs);
  const ratio = rows[0]!.tokensPerSecond / rows[1]!.tokensPerSecond;
  const passRatios = rows[0]!.passWalls.map((w, pass) => rows[1]!.passWalls[pass]! / w);
  console.log(
    `\nMargin findActors (tag + link + metonymy + pronouns): ${Math.round(full.wall).toLocaleString('en')} tokens/s ` +
      `(${Math.round(full.cpu).toLocaleString('en')} per CPU second)`,
  );
  console.log(
    `Margin NER speed vs compromise: ${ratio.toFixed(1)}x (median tokens/s of ${PASSES} interleaved passes each; ` +
      `pass by pass ${Math.min(...passRatios).toFixed(1)}x to ${Math.max(...passRatios).toFixed(1)}x)`,
  );
  console.log(
    'Targets: PER+ORG+LOC F1 >= 90, >= 200,000 tokens/s (>= 25x compromise), <= 1 MB gzip, first call <= 50 ms',
  );

  const { body, expected } = seedBody(
    join(PROJECT_ROOT, '..', 'shared', 'fixtures', 'seed-article.txt'),
    join(PROJECT_ROOT, '..', 'shared', 'fixtures', 'seed-article.expected.json'),
  );
  const tokens = tokenize(body);
  const seed = scoreSeed(body, expected, findActors(body, tokens, splitSentences(body, tokens)));
  console.log(
    `\nSeed article: actors R ${(100 * seed.actorRecall).toFixed(0)}% P ${(100 * seed.actorPrecision).toFixed(0)}%, ` +
      `mentions R ${(100 * seed.mentionRecall).toFixed(0)}% P ${(100 * seed.mentionPrecision).toFixed(0)}%`,
  );
  if (seed.missed.length) console.log(`  missed: ${seed.missed.join('; ')}`);
  if (seed.extra.length) console.log(`  not expected: ${seed.extra.join('; ')}`);
}

void main();
