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
import { wordInfo, type WordInfo } from './word-info';

// A local binding: hot loops call it per feature, and re-exported bindings cost a getter in CJS.
const mix = combineHash;

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
  for (let i = 0; i < n; i++) words[i] = wordInfo(tokens[i]!.text);
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
const EOS = K['</s>']!;
// The first model read these keys from a table that lacked them, which made them all 0.
const BEFORE = 0;
const AFTER = 0;
const EXACT = 0;
const AROUND = 0;
const START = -1;

/** Features of the word alone, the same in every text: cacheable per word form. */
export function wordFeatures(cur: WordInfo, f: FeatureSink): void {
  f.addHash(K.b!);
  f.addHash(mix(K.w!, cur.word));
  f.addHash(mix(K.s!, cur.shape));
  for (let k = 0; k < cur.own.length; k++) f.addHash(cur.own[k]!);
  if (cur.capitalized) f.addHash(mix(EXACT, cur.exact));
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

const ROLE_KEYS = [
  [K['w-1']!, K['s-1']!],
  [K['w+1']!, K['s+1']!],
  [K['w-2']!, 0],
  [K['w+2']!, 0],
] as const;

/**
 * Features a neighbour contributes to a position, from its word and shape alone (BOS/EOS at
 * sentence edges): the same for every occurrence of the word, hence cacheable per word form.
 */
export function neighbourFeatures(role: number, word: number, shape: number, f: FeatureSink) {
  const [wordKey, shapeKey] = ROLE_KEYS[role]!;
  f.addHash(mix(wordKey, word));
  if (shapeKey) f.addHash(mix(shapeKey, shape));
}

/** Boundary stand-in of a role: BOS before the sentence, EOS after it. */
export const edgeOf = (role: number) => (role === 0 || role === 2 ? BOS : EOS);

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
    const edge = edgeOf(role);
    neighbourFeatures(
      role,
      at < 0 ? edge : ctx.words[at]!.word,
      at < 0 ? edge : ctx.words[at]!.shape,
      f,
    );
  }
  pairFeatures(ctx, i, f);
}

/** The two previous labels (START before the sentence), as the history features read them. */
export function previousLabels(ctx: DocContext, i: number, history: Int32Array): [number, number] {
  const bos = ctx.first[i] === 1;
  return [bos ? START : history[i - 1]!, bos || ctx.first[i - 1] ? START : history[i - 2]!];
}

/** Label-history feature of the two previous labels (y1, y2 may be START). */
export const pairFeature = (y2: number, y1: number) => mix(mix(K.yy!, y2), y1);
/** Label-history feature of the previous label alone. */
export const lastFeature = (y1: number) => mix(K['y-1']!, y1);
/** Label-history feature of the previous label with this word. */
export const lastWordFeature = (y1: number, word: number) => mix(mix(K.yw!, y1), word);
/** Label-history feature of the previous label with this word's shape. */
export const lastShapeFeature = (y1: number, shape: number) => mix(mix(K.ys!, y1), shape);
/** Document-memory feature: what the tagger called this word earlier (see LabelMemory). */
export const seenFeature = (seen: number) => mix(K.h!, seen);
/** Document-memory feature with this word's shape. */
export const seenShapeFeature = (seen: number, shape: number) => mix(mix(K.hs!, seen), shape);

/**
 * What the tagger called each lower-cased word earlier in the text: entity type index + 1, or
 * -1 for a capitalised word it left outside (not at a sentence start).
 */
export class LabelMemory {
  private readonly memory = new Map<string, number>();
  private remembered = 0;

  constructor(private readonly ctx: DocContext) {}

  /** Records the labels of every position before i; returns the word at i's memory, or 0. */
  recall(i: number, history: Int32Array): number {
    const { words, first } = this.ctx;
    for (; this.remembered < i; this.remembered++) {
      const label = history[this.remembered]!;
      const word = words[this.remembered]!;
      if (label > 0) this.memory.set(word.lower, ((label - 1) >> 1) + 1);
      else if (word.capitalized && !first[this.remembered]) this.memory.set(word.lower, -1);
    }
    return this.memory.get(words[i]!.lower) ?? 0;
  }
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
    const seen = memory.recall(i, history);
    if (seen) {
      f.addHash(seenFeature(seen));
      f.addHash(seenShapeFeature(seen, cur.shape));
    }
  };
}
