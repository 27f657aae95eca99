/**
 * Features of the entity tagger. Besides the word and its neighbours, two document-level cues
 * matter most for news: how the same word is cased elsewhere in the text (rescues sentence
 * starts and all-caps headlines) and what the tagger called it earlier (keeps "Kim" a person).
 * Every feature is an integer combination of per-word hashes: no strings are built per token.
 */
import type { Sentence } from '../sentences';
import { combineHash, hashString, type FeatureFn, type FeatureSink } from '../tagger';
import type { Token } from '../tokenize';
import { gazetteerHits } from './gazetteer';
import {
  LabelMemory,
  lastFeature,
  lastShapeFeature,
  lastWordFeature,
  modifierFeature,
  pairFeature,
  previousLabels,
  seenFeature,
  seenShapeFeature,
} from './history';
import { wordInfo, type WordInfo } from './word-info';

// Local bindings: hot loops call these per feature or token, and under tsx's CommonJS output
// every call through an imported binding first runs a getter.
const mix = combineHash;
const infoOf = wordInfo;

/** Roles a word plays for the positions around it: word before, after, two before, two after. */
export const NEIGHBOUR_ROLES = 4;

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
  /** Feature mode per token: 1 in an all-caps headline, 2 at a sentence start, else 3. */
  mode: Uint8Array;
  /** Per token, NEIGHBOUR_ROLES entries: the neighbour's index in each role, -1 past an edge. */
  neighbours: Int32Array;
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
    const prev = i > 0 ? mix(BEFORE, words[i - 1]!.exact) : 0;
    const next = i + 1 < words.length ? mix(AFTER, words[i + 1]!.word) : 0;
    if (prev && !list.includes(prev)) list.push(prev);
    if (next && !list.includes(next)) list.push(next);
  }
  return around;
}

const OPENING = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–', ':']);
const CASED = { C: 1, l: 2, M: 3 } as const;

/** Builds the document context from tokens and sentences. */
export function buildContext(tokens: Token[], sentences: Sentence[]): DocContext {
  const n = tokens.length;
  const words = new Array<WordInfo>(n);
  const first = new Uint8Array(n);
  const caps = new Uint8Array(n);
  for (let i = 0; i < n; i++) words[i] = infoOf(tokens[i]!.text);
  for (const s of sentences) {
    first[s.tokenStart] = 1;
    if (isHeadline(tokens, words, s)) caps.fill(1, s.tokenStart, s.tokenEnd);
  }
  const casing = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (first[i] || caps[i] || (i > 0 && OPENING.has(tokens[i - 1]!.text))) continue;
    const w = words[i]!;
    const seen = casing.get(w.lower);
    const now = w.capitalized ? CASED.C : CASED.l;
    casing.set(w.lower, seen === undefined || seen === now ? now : CASED.M);
  }
  const mode = new Uint8Array(n);
  for (let i = 0; i < n; i++) mode[i] = caps[i] ? 1 : first[i] ? 2 : 3;
  const around = aroundOccurrences(tokens, words);
  const gazetteer = gazetteerHits(tokens, (i) => words[i]!.startsName);
  return { words, first, caps, casing, gazetteer, around, mode, neighbours: neighbours(first) };
}

/** Neighbour indices by role (before, after, two before, two after), never across sentences. */
function neighbours(first: Uint8Array): Int32Array {
  const n = first.length;
  const out = new Int32Array(n * NEIGHBOUR_ROLES);
  for (let i = 0; i < n; i++) {
    const bos = first[i] === 1;
    const eos = i + 1 >= n || first[i + 1] === 1;
    const at = i * NEIGHBOUR_ROLES;
    out[at] = bos ? -1 : i - 1;
    out[at + 1] = eos ? -1 : i + 1;
    out[at + 2] = bos || first[i - 1] ? -1 : i - 2;
    out[at + 3] = eos || i + 2 >= n || first[i + 2] ? -1 : i + 2;
  }
  return out;
}

function isHeadline(tokens: Token[], words: WordInfo[], s: Sentence): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (tokens[i]!.text.length < 2 || !words[i]!.cased) continue;
    letters++;
    if (words[i]!.allCaps) upper++;
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
    'dc',
    'g',
    '<s>',
    '</s>',
    '<',
    '>',
    'W',
    'ar',
    'hh',
    'ht',
  ].map((k) => [k, hashString(k)]),
) as Record<string, number>;
const BOS = K['<s>']!;
const EOS = K['</s>']!;
const BEFORE = K['<']!;
const AFTER = K['>']!;
const EXACT = K.W!;
const AROUND = K.ar!;

/** Features of the word alone, the same in every text: cacheable per word form. */
export function wordFeatures(cur: WordInfo, f: FeatureSink): void {
  f.addHash(K.b!);
  f.addHash(mix(K.w!, cur.word));
  f.addHash(mix(K.s!, cur.shape));
  for (let k = 0; k < cur.own.length; k++) f.addHash(cur.own[k]!);
  if (cur.capitalized) f.addHash(mix(EXACT, cur.exact));
  // Parts of a hyphenated word: "War-era" shares "war" with "War" and "era" with "Obama-era".
  if (cur.head) {
    f.addHash(mix(K.hh!, cur.head));
    f.addHash(mix(K.ht!, cur.tail));
  }
}

/** Features of the word within this document in a given mode: cacheable per word and text. */
export function docWordFeatures(ctx: DocContext, cur: WordInfo, mode: number, f: FeatureSink) {
  f.addHash(mix(mix(K.ms!, mode), cur.shape));
  const cased = ctx.casing.get(cur.lower);
  if (cased) f.addHash(mix(mix(mix(K.dc!, mode), cased), cur.shape));
  if (cur.capitalized) {
    const seenAround = ctx.around.get(cur.lower);
    if (seenAround)
      for (let k = 0; k < seenAround.length; k++) f.addHash(mix(AROUND, seenAround[k]!));
  }
}

// Per role: keys of the neighbour's word and shape (words two away: the word alone).
const ROLE_KEYS = [
  [K['w-1']!, K['s-1']!],
  [K['w+1']!, K['s+1']!],
  [K['w-2']!, 0],
  [K['w+2']!, 0],
] as const;

/**
 * Features a neighbour contributes to a position, from the neighbour word alone (null past a
 * sentence edge, read as BOS/EOS): the same for every occurrence, so cacheable per word form.
 */
export function neighbourFeatures(role: number, word: WordInfo | null, f: FeatureSink): void {
  const [wordKey, shapeKey] = ROLE_KEYS[role]!;
  const edge = role === 0 || role === 2 ? BOS : EOS;
  f.addHash(mix(wordKey, word ? word.word : edge));
  if (shapeKey) f.addHash(mix(shapeKey, word ? word.shape : edge));
}

/** Features of position i that pair the word with a neighbour, and its gazetteer hit. */
export function pairFeatures(ctx: DocContext, i: number, f: FeatureSink): void {
  const { words, first, gazetteer } = ctx;
  const bos = first[i] === 1;
  const eos = i + 1 >= words.length || first[i + 1] === 1;
  const w = words[i]!.word;
  const s = words[i]!.shape;
  const w1 = bos ? BOS : words[i - 1]!.word;
  const s1 = bos ? BOS : words[i - 1]!.shape;
  const wn = eos ? EOS : words[i + 1]!.word;
  const sn = eos ? EOS : words[i + 1]!.shape;
  f.addHash(mix(mix(K['ss-']!, s1), s));
  f.addHash(mix(mix(K['ss+']!, s), sn));
  f.addHash(mix(mix(K['ww-']!, w1), w));
  f.addHash(mix(mix(K['ww+']!, w), wn));
  const gz = gazetteer[i]!;
  if (gz) f.addHash(mix(K.g!, gz));
}

/** Features of the words around position i and its gazetteer hit. */
export function positionFeatures(ctx: DocContext, i: number, f: FeatureSink): void {
  for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
    const at = ctx.neighbours[i * NEIGHBOUR_ROLES + role]!;
    neighbourFeatures(role, at < 0 ? null : ctx.words[at]!, f);
  }
  pairFeatures(ctx, i, f);
}

/** The feature function for one document (training and the reference tagger use it). */
export function entityFeatures(ctx: DocContext): FeatureFn {
  const memory = new LabelMemory(ctx);
  return (i, history, f) => {
    const cur = ctx.words[i]!;
    const [y1, y2] = previousLabels(ctx, i, history);
    wordFeatures(cur, f);
    docWordFeatures(ctx, cur, ctx.mode[i]!, f);
    positionFeatures(ctx, i, f);
    f.addHash(lastFeature(y1));
    f.addHash(pairFeature(y2, y1));
    f.addHash(lastWordFeature(y1, cur.word));
    f.addHash(lastShapeFeature(y1, cur.shape));
    if (cur.modifier) f.addHash(modifierFeature(y1));
    const seen = memory.recall(i, history);
    if (seen) {
      f.addHash(seenFeature(seen));
      f.addHash(seenShapeFeature(seen, cur.shape));
    }
  };
}
