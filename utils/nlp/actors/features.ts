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
import { beginText, wordInfo, type WordInfo } from './word-info';

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
  /** Per token, the number of its lower-cased form in this text (0 to the form count). */
  formOf: Int32Array;
  /** Per form: how it is cased in ordinary positions in the text, C, l or M(ixed); 0 if never. */
  casing: Uint8Array;
  /** Hashed gazetteer hit per token, 0 when none. */
  gazetteer: Int32Array;
  /**
   * Per capitalised word: hashes of the words around its other occurrences in the text ("Mr."
   * before one "Kim" is evidence for every "Kim"), the non-local cue of Ratinov and Roth.
   */
  around: (number[] | undefined)[];
  /** Feature mode per token: 1 in an all-caps headline, 2 at a sentence start, else 3. */
  mode: Uint8Array;
}

const MAX_AROUND = 8;

function aroundOccurrences(
  words: WordInfo[],
  formOf: Int32Array,
  forms: number,
): (number[] | undefined)[] {
  const around = new Array<number[] | undefined>(forms);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.capitalized || w.lower.length < 2) continue;
    let list = around[formOf[i]!];
    if (!list) around[formOf[i]!] = list = [];
    if (list.length >= MAX_AROUND) continue;
    const prev = i > 0 ? mix(BEFORE, words[i - 1]!.exact) : 0;
    const next = i + 1 < words.length ? mix(AFTER, words[i + 1]!.word) : 0;
    if (prev && !list.includes(prev)) list.push(prev);
    if (next && !list.includes(next)) list.push(next);
  }
  return around;
}

const CASED = { C: 1, l: 2, M: 3 } as const;

/** Builds the document context from tokens and sentences. */
export function buildContext(tokens: Token[], sentences: Sentence[]): DocContext {
  const n = tokens.length;
  const words = new Array<WordInfo>(n);
  const first = new Uint8Array(n);
  const caps = new Uint8Array(n);
  const formOf = new Int32Array(n);
  const stamp = beginText();
  let forms = 0;
  for (let i = 0; i < n; i++) {
    const w = (words[i] = infoOf(tokens[i]!.text));
    const form = w.form;
    if (form.stamp !== stamp) {
      form.stamp = stamp;
      form.id = forms++;
    }
    formOf[i] = form.id;
  }
  for (const s of sentences) {
    first[s.tokenStart] = 1;
    if (isHeadline(tokens, words, s)) caps.fill(1, s.tokenStart, s.tokenEnd);
  }
  const casing = new Uint8Array(forms);
  for (let i = 0; i < n; i++) {
    if (first[i] || caps[i] || (i > 0 && words[i - 1]!.opening)) continue;
    const seen = casing[formOf[i]!]!;
    const now = words[i]!.capitalized ? CASED.C : CASED.l;
    casing[formOf[i]!] = seen === 0 || seen === now ? now : CASED.M;
  }
  const mode = new Uint8Array(n);
  for (let i = 0; i < n; i++) mode[i] = caps[i] ? 1 : first[i] ? 2 : 3;
  const around = aroundOccurrences(words, formOf, forms);
  const gazetteer = gazetteerHits(tokens, (i) => words[i]!.startsName);
  return { words, first, caps, formOf, casing, gazetteer, around, mode };
}

/**
 * The index of position i's neighbour in a role (before, after, two before, two after), -1
 * past a sentence edge. The fast decoder (decode.ts) inlines the same rule.
 */
export function neighbourIndex(first: Uint8Array, i: number, role: number): number {
  const n = first.length;
  const bos = first[i] === 1;
  const eos = i + 1 >= n || first[i + 1] === 1;
  if (role === 0) return bos ? -1 : i - 1;
  if (role === 1) return eos ? -1 : i + 1;
  if (role === 2) return bos || first[i - 1] ? -1 : i - 2;
  return eos || i + 2 >= n || first[i + 2] ? -1 : i + 2;
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

/** Features of the word at i within this document in a mode: cacheable per word and text. */
export function docWordFeatures(ctx: DocContext, i: number, mode: number, f: FeatureSink) {
  const cur = ctx.words[i]!;
  const form = ctx.formOf[i]!;
  f.addHash(mix(mix(K.ms!, mode), cur.shape));
  const cased = ctx.casing[form]!;
  if (cased) f.addHash(mix(mix(mix(K.dc!, mode), cased), cur.shape));
  if (cur.capitalized) {
    const seenAround = ctx.around[form];
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

/**
 * Hashes of the features of position i that pair the word with a neighbour, and of its
 * gazetteer hit, written to `out` (room for 5); returns their count.
 */
export function pairHashes(ctx: DocContext, i: number, out: Int32Array): number {
  const { words, first, gazetteer } = ctx;
  const bos = first[i] === 1;
  const eos = i + 1 >= words.length || first[i + 1] === 1;
  const w = words[i]!.word;
  const s = words[i]!.shape;
  const w1 = bos ? BOS : words[i - 1]!.word;
  const s1 = bos ? BOS : words[i - 1]!.shape;
  const wn = eos ? EOS : words[i + 1]!.word;
  const sn = eos ? EOS : words[i + 1]!.shape;
  out[0] = mix(mix(K['ss-']!, s1), s);
  out[1] = mix(mix(K['ss+']!, s), sn);
  out[2] = mix(mix(K['ww-']!, w1), w);
  out[3] = mix(mix(K['ww+']!, w), wn);
  const gz = gazetteer[i]!;
  if (!gz) return 4;
  out[4] = mix(K.g!, gz);
  return 5;
}

const pairBuffer = new Int32Array(5);

/** Features of position i that pair the word with a neighbour, and its gazetteer hit. */
export function pairFeatures(ctx: DocContext, i: number, f: FeatureSink): void {
  const count = pairHashes(ctx, i, pairBuffer);
  for (let k = 0; k < count; k++) f.addHash(pairBuffer[k]!);
}

/** Features of the words around position i and its gazetteer hit. */
export function positionFeatures(ctx: DocContext, i: number, f: FeatureSink): void {
  for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
    const at = neighbourIndex(ctx.first, i, role);
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
    docWordFeatures(ctx, i, ctx.mode[i]!, f);
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
