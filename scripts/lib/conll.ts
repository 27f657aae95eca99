/**
 * CoNLL-2003 reader. Each document becomes plain text (tokens joined by spaces, sentences by
 * blank lines) with gold entities as character spans, so any tokeniser can be scored on it.
 */
import { readFileSync } from 'node:fs';

/** CoNLL entity types. */
export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A gold or predicted entity: character span and type. */
export interface EntitySpan {
  start: number;
  end: number;
  type: ConllType;
}

/** One CoNLL document as text with gold entities. */
export interface ConllDoc {
  text: string;
  entities: EntitySpan[];
  tokenCount: number;
}

/** Reads a CoNLL-2003 file (IOB1 or IOB2 tags in the last column) into documents. */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: [string, string][][] = [];
  let sentence: [string, string][] = [];
  const flushSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push(buildDoc(sentences));
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') flushDoc();
    else if (cols.length < 2) flushSentence();
    else sentence.push([cols[0]!, cols[cols.length - 1]!]);
  }
  flushDoc();
  return docs;
}

function buildDoc(sentences: [string, string][][]): ConllDoc {
  let text = '';
  const entities: EntitySpan[] = [];
  let tokenCount = 0;
  for (const sentence of sentences) {
    if (text) text += '\n\n';
    let open: EntitySpan | null = null;
    let prevType = '';
    sentence.forEach(([word, tag], i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += word;
      tokenCount++;
      const type = tag === 'O' ? '' : tag.slice(2);
      const begins = type && (tag.startsWith('B-') || type !== prevType);
      if (open && (!type || begins)) open = null;
      if (begins) {
        open = { start, end: text.length, type: type as ConllType };
        entities.push(open);
      } else if (open) open.end = text.length;
      prevType = type;
    });
  }
  return { text, entities, tokenCount };
}

/** Precision, recall and F1 counts for exact-span scoring. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** Adds exact-match counts (same start, end and type) per type into `scores`. */
export function scoreSpans(
  gold: EntitySpan[],
  predicted: EntitySpan[],
  scores: Map<string, Score>,
): void {
  const key = (e: EntitySpan) => `${e.start}:${e.end}:${e.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const get = (type: string) => {
    let s = scores.get(type);
    if (!s) scores.set(type, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  for (const e of predicted) get(e.type)[goldKeys.has(key(e)) ? 'tp' : 'fp']++;
  for (const e of gold) if (!predKeys.has(key(e))) get(e.type).fn++;
}

/** P, R, F1 in percent for the summed counts of some types. */
export function prf(
  scores: Map<string, Score>,
  types: string[],
): { p: number; r: number; f: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of types) {
    const s = scores.get(t);
    if (s) ({ tp, fp, fn } = { tp: tp + s.tp, fp: fp + s.fp, fn: fn + s.fn });
  }
  const p = tp + fp ? (100 * tp) / (tp + fp) : 0;
  const r = tp + fn ? (100 * tp) / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
