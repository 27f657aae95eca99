/**
 * Features of the entity tagger. Besides the word and its neighbours, two document-level cues
 * matter most for news: how the same word is cased elsewhere in the text (rescues sentence
 * starts and all-caps headlines) and what the tagger called it earlier (keeps "Kim" a person).
 * Every feature is an integer combination of per-word hashes: no strings are built per token.
 */
import type { Sentence } from '../sentences';
import { combineHash as mix, hashString, type FeatureFn } from '../tagger';
import type { Token } from '../tokenize';
import { isAllCaps } from './shape';
import { wordInfo, type WordInfo } from './word-info';

/** Per-document data the feature function reads; built once per text. */
export interface DocContext {
  words: WordInfo[];
  /** True where a token starts a sentence. */
  first: Uint8Array;
  /** True for tokens in a sentence written all in capitals (a headline). */
  caps: Uint8Array;
  /** How each lower-cased word is cased in ordinary positions elsewhere: C, l or M(ixed). */
  casing: Map<string, number>;
  /** Hashed gazetteer hit per token, 0 when none. */
  gazetteer: Int32Array;
  /**
   * Per capitalised word: hashes of the words around its other occurrences in the text ("Mr."
   * before one "Kim" is evidence for every "Kim"), the non-local cue of Ratinov and Roth.
   */
  around: Map<string, number[]>;
}

const MAX_AROUND = 8;

function aroundOccurrences(tokens: Token[], words: WordInfo[]): Map<string, number[]> {
  const around = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.capitalized || w.lower.length < 2) continue;
    let list = around.get(w.lower);
    if (!list) around.set(w.lower, (list = []));
    if (list.length >= MAX_AROUND) continue;
    const prev = i > 0 ? mix(BEFORE, hashString(tokens[i - 1]!.text)) : 0;
    const next = i + 1 < words.length ? mix(AFTER, words[i + 1]!.word) : 0;
    for (const h of [prev, next]) if (h && !list.includes(h)) list.push(h);
  }
  return around;
}

const OPENING = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–', ':']);
const CASED = { C: 1, l: 2, M: 3 } as const;

/** Builds the document context from tokens and sentences. */
export function buildContext(
  tokens: Token[],
  sentences: Sentence[],
  gazetteer: Int32Array,
): DocContext {
  const n = tokens.length;
  const words = new Array<WordInfo>(n);
  const first = new Uint8Array(n);
  const caps = new Uint8Array(n);
  for (let i = 0; i < n; i++) words[i] = wordInfo(tokens[i]!.text);
  for (const s of sentences) {
    first[s.tokenStart] = 1;
    if (isHeadline(tokens, s)) caps.fill(1, s.tokenStart, s.tokenEnd);
  }
  const casing = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (first[i] || caps[i] || (i > 0 && OPENING.has(tokens[i - 1]!.text))) continue;
    const w = words[i]!;
    const seen = casing.get(w.lower);
    const now = w.capitalized ? CASED.C : CASED.l;
    casing.set(w.lower, seen === undefined || seen === now ? now : CASED.M);
  }
  return { words, first, caps, casing, gazetteer, around: aroundOccurrences(tokens, words) };
}

function isHeadline(tokens: Token[], s: Sentence): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!.text;
    if (t.length < 2 || (t === t.toLowerCase() && t === t.toUpperCase())) continue;
    letters++;
    if (isAllCaps(t)) upper++;
  }
  return letters >= 2 && upper * 10 >= letters * 8;
}

const K = Object.fromEntries(
  [
    'b',
    'w',
    's',
    'ms',
    'w-1',
    'w+1',
    'w-2',
    'w+2',
    's-1',
    's+1',
    'ss-',
    'ss+',
    'ww-',
    'ww+',
    'y-1',
    'yy',
    'yw',
    'ys',
    'dc',
    'h',
    'hs',
    'g',
    '<s>',
    '</s>',
  ].map((k) => [k, hashString(k)]),
) as Record<string, number>;
const BOS = K['<s>']!;
const BEFORE = K['<']!;
const AFTER = K['>']!;
const EOS = K['</s>']!;
const START = -1;

/** The feature function for one document; remembers its own earlier decisions per word. */
export function entityFeatures(ctx: DocContext): FeatureFn {
  const { words, first, caps, casing, gazetteer, around } = ctx;
  const n = words.length;
  // Per lower-cased word: entity type index + 1 last assigned, or -1 for a capitalised O.
  const memory = new Map<string, number>();
  let remembered = 0;
  return (i, history, f) => {
    for (; remembered < i; remembered++) {
      const label = history[remembered]!;
      const word = words[remembered]!;
      if (label > 0) memory.set(word.lower, ((label - 1) >> 1) + 1);
      else if (word.capitalized && !first[remembered]) memory.set(word.lower, -1);
    }
    const cur = words[i]!;
    const bos = first[i] === 1;
    const eos = i + 1 >= n || first[i + 1] === 1;
    const w = cur.word;
    const s = cur.shape;
    const w1 = bos ? BOS : words[i - 1]!.word;
    const s1 = bos ? BOS : words[i - 1]!.shape;
    const w2 = bos || first[i - 1] ? BOS : words[i - 2]!.word;
    const wn = eos ? EOS : words[i + 1]!.word;
    const sn = eos ? EOS : words[i + 1]!.shape;
    const wn2 = eos || i + 2 >= n || first[i + 2] ? EOS : words[i + 2]!.word;
    const y1 = bos ? START : history[i - 1]!;
    const y2 = bos || first[i - 1] ? START : history[i - 2]!;
    const mode = caps[i] ? 1 : bos ? 2 : 3;
    f.addHash(K.b!);
    f.addHash(mix(K.w!, w));
    f.addHash(mix(K.s!, s));
    f.addHash(mix(mix(K.ms!, mode), s));
    for (let k = 0; k < cur.own.length; k++) f.addHash(cur.own[k]!);
    f.addHash(mix(K['w-1']!, w1));
    f.addHash(mix(K['w+1']!, wn));
    f.addHash(mix(K['w-2']!, w2));
    f.addHash(mix(K['w+2']!, wn2));
    f.addHash(mix(K['s-1']!, s1));
    f.addHash(mix(K['s+1']!, sn));
    f.addHash(mix(mix(K['ss-']!, s1), s));
    f.addHash(mix(mix(K['ss+']!, s), sn));
    f.addHash(mix(mix(K['ww-']!, w1), w));
    f.addHash(mix(mix(K['ww+']!, w), wn));
    f.addHash(mix(K['y-1']!, y1));
    f.addHash(mix(mix(K.yy!, y2), y1));
    f.addHash(mix(mix(K.yw!, y1), w));
    f.addHash(mix(mix(K.ys!, y1), s));
    const cased = casing.get(cur.lower);
    if (cased) f.addHash(mix(mix(mix(K.dc!, mode), cased), s));
    const seen = memory.get(cur.lower);
    if (seen) {
      f.addHash(mix(K.h!, seen));
      f.addHash(mix(mix(K.hs!, seen), s));
    }
    if (cur.capitalized) {
      f.addHash(mix(K.W!, cur.exact));
      const seenAround = around.get(cur.lower);
      if (seenAround)
        for (let k = 0; k < seenAround.length; k++) f.addHash(mix(K.ar!, seenAround[k]!));
    }
    const gz = gazetteer[i]!;
    if (gz) f.addHash(mix(K.g!, gz));
  };
}
