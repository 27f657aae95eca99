/**
 * Re-anchoring quality and speed on real article text (PolNeAR dev, read from the shared data
 * folder or $MARGIN_DATA): describe random reader-sized spans, edit the text the way sites and
 * re-extraction do, anchor again and count how often the outcome is right.
 *
 *   npx tsx scripts/bench-anchoring.ts [--spans N] [--seed S] [--megabyte]
 *
 * --megabyte joins dev and then train articles into one text of about 1 MB (no sentence
 * repeated) and anchors in that, for timing on the largest pages the extension may meet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { anchor } from '../utils/anchoring/anchor';
import { describe } from '../utils/anchoring/describe';
import type { AnchorResult } from '../utils/anchoring/types';
import { seededRandom } from './lib/actor-data';

interface Case {
  text: string;
  /** Expected span, or null when the quote is gone and the result must be an orphan. */
  expected: { start: number; end: number } | null;
  statuses: AnchorResult['status'][];
}

type Scenario = (text: string, start: number, end: number, rand: () => number) => Case | null;

const SCENARIOS: Record<string, Scenario> = {
  unchanged: (text, start, end) => ({ text, expected: { start, end }, statuses: ['exact'] }),
  'text inserted before': (text, start, end) => {
    const cut = text.lastIndexOf('\n\n', start - 1);
    const at = cut === -1 ? 0 : cut;
    const added = '\n\nAn editor added this paragraph after publication.';
    const shifted = { start: start + added.length, end: end + added.length };
    return {
      text: text.slice(0, at) + added + text.slice(at),
      expected: shifted,
      statuses: ['moved'],
    };
  },
  're-extracted whitespace': (text, start, end) => {
    const before = text.slice(0, start).replace(/\n\n/g, '\n');
    const inner = text.slice(start, end).replace(/\n\n/g, '\n');
    const after = text.slice(end).replace(/\n\n/g, '\n');
    const expected = { start: before.length, end: before.length + inner.length };
    return { text: before + inner + after, expected, statuses: ['exact', 'moved'] };
  },
  'paragraph moved to the end': (text, start, end) => {
    const from = text.lastIndexOf('\n\n', start) + 2;
    const to = text.indexOf('\n\n', end);
    if (from < 2 || to === -1) return null;
    const paragraph = text.slice(from, to);
    const rest = text.slice(0, from) + text.slice(to + 2);
    const at = rest.length + 2;
    const expected = { start: at + start - from, end: at + end - from };
    return { text: `${rest}\n\n${paragraph}`, expected, statuses: ['moved'] };
  },
  'context rewritten': (text, start, end) => {
    // Both neighbouring sentences rewritten, the quote itself untouched.
    const before = text.lastIndexOf('. ', start - 2);
    const after = text.indexOf('. ', end);
    if (before === -1 || after === -1 || after - end > 200 || start - before > 200) return null;
    const lead = 'Officials added little. ';
    const tail = ' and nothing else was said';
    const edited =
      text.slice(0, before + 2) + lead + text.slice(start, end) + tail + text.slice(after);
    const at = before + 2 + lead.length;
    return {
      text: edited,
      expected: { start: at, end: at + end - start },
      statuses: ['moved', 'exact'],
    };
  },
  'one word changed': (text, start, end, rand) => replaceWords(text, start, end, rand, 1),
  'a quarter of words changed': (text, start, end, rand) => {
    const words = text.slice(start, end).split(/\s+/).length;
    return replaceWords(text, start, end, rand, Math.max(1, Math.round(words / 4)));
  },
  'paragraph removed': (text, start, end) => {
    const from = text.lastIndexOf('\n\n', start);
    const to = text.indexOf('\n\n', end);
    if (from === -1 || to === -1) return null;
    return { text: text.slice(0, from) + text.slice(to), expected: null, statuses: ['orphan'] };
  },
  'quote removed': (text, start, end) => ({
    text: text.slice(0, start) + text.slice(end),
    expected: null,
    statuses: ['orphan'],
  }),
};

const REPLACEMENTS = ['allegedly', 'never', 'several', 'officials', 'denied', 'reportedly', 'none'];

// Replace `count` distinct words strictly inside the span (the first and last stay, so the
// span's edges are still well defined).
function replaceWords(
  text: string,
  start: number,
  end: number,
  rand: () => number,
  count: number,
): Case | null {
  const words = Array.from(text.slice(start, end).matchAll(/\S+/g)).slice(1, -1);
  if (words.length < count) return null;
  const chosen = words
    .sort(() => rand() - 0.5)
    .slice(0, count)
    .sort((a, b) => b.index - a.index);
  let quote = text.slice(start, end);
  for (const word of chosen) {
    const others = REPLACEMENTS.filter((r) => r !== word[0]);
    const replacement = others[Math.floor(rand() * others.length)] ?? 'none';
    quote = quote.slice(0, word.index) + replacement + quote.slice(word.index + word[0].length);
  }
  const edited = text.slice(0, start) + quote + text.slice(end);
  return { text: edited, expected: { start, end: start + quote.length }, statuses: ['changed'] };
}

// Reader-sized spans: log-uniform between a word and a few paragraphs, on word boundaries.
function randomSpan(text: string, rand: () => number): [number, number] | null {
  const length = Math.round(Math.exp(Math.log(4) + rand() * Math.log(800 / 4)));
  let start = Math.floor(rand() * Math.max(1, text.length - length));
  while (start > 0 && /\S/.test(text[start - 1] ?? '')) start--;
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  let end = Math.min(text.length, start + length);
  while (end < text.length && /\S/.test(text[end] ?? '')) end++;
  return end > start ? [start, end] : null;
}

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

function loadTexts(split: string): string[] {
  const root = resolve(process.env.MARGIN_DATA ?? resolve(process.cwd(), '../shared/data'));
  const dir = join(root, 'polnear', split, 'text');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

function megabyte(): string {
  const parts: string[] = [];
  let length = 0;
  for (const text of [...loadTexts('dev'), ...loadTexts('train')]) {
    if (length >= 1_000_000) break;
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

function main(): void {
  const big = process.argv.includes('--megabyte');
  const texts = big ? [megabyte()] : loadTexts('dev');
  const rand = seededRandom(argument('--seed', 1));
  const spansPerText = argument('--spans', big ? 40 : 20);
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const tally = { cases: 0, status: 0, span: 0, ms: 0, maxMs: 0 };
    const wrong: string[] = [];
    for (const text of texts) {
      for (let i = 0; i < spansPerText; i++) {
        const span = randomSpan(text, rand);
        const edit = span && scenario(text, span[0], span[1], rand);
        if (!span || !edit) continue;
        const selectors = describe(text, span[0], span[1]);
        const t0 = performance.now();
        const result = anchor(edit.text, selectors);
        const ms = performance.now() - t0;
        tally.cases++;
        tally.ms += ms;
        tally.maxMs = Math.max(tally.maxMs, ms);
        const statusOk = edit.statuses.includes(result.status);
        const spanOk = edit.expected
          ? result.start === edit.expected.start && result.end === edit.expected.end
          : result.status === 'orphan';
        if (statusOk) tally.status++;
        if (spanOk) tally.span++;
        if (!statusOk && wrong.length < 3) {
          wrong.push(`${result.status} score=${result.score?.toFixed(3)} len=${span[1] - span[0]}`);
        }
      }
    }
    const pct = (n: number) => ((100 * n) / Math.max(1, tally.cases)).toFixed(1).padStart(5);
    console.log(
      `${name.padEnd(28)} n=${String(tally.cases).padStart(5)}  status ${pct(tally.status)}%  ` +
        `span ${pct(tally.span)}%  mean ${(tally.ms / Math.max(1, tally.cases)).toFixed(2)} ms  ` +
        `max ${tally.maxMs.toFixed(1)} ms`,
    );
    for (const line of wrong) console.log(`    e.g. ${line}`);
  }
}

main();
