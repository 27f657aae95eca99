/**
 * Label-history features of the entity tagger: the previous labels, alone and with the word,
 * its shape or a compound modifier, and what the tagger called the same word earlier in the
 * text (keeps "Kim" a person). Hashes are integer combinations, as in features.ts.
 */
import { combineHash, hashString } from '../tagger';
import type { DocContext } from './features';

const mix = combineHash;
const K = Object.fromEntries(
  ['y-1', 'yy', 'yw', 'ys', 'h', 'hs', 'ct'].map((k) => [k, hashString(k)]),
) as Record<string, number>;
const START = -1;

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
/**
 * Label-history feature of a compound modifier ("War-era" after "Cold"): such a word right
 * after a name nearly always continues it in CoNLL ("Los Angeles-based"), so this gets its own
 * weights instead of sharing the shape's.
 */
export const modifierFeature = (y1: number) => mix(K.ct!, y1);
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
  /** Per lower-cased form of the text (`ctx.formOf`). */
  private readonly memory: Int8Array;
  private remembered = 0;

  constructor(private readonly ctx: DocContext) {
    this.memory = new Int8Array(ctx.casing.length);
  }

  /** Records the labels of every position before i; returns the word at i's memory, or 0. */
  recall(i: number, history: Int32Array): number {
    const { words, first, formOf } = this.ctx;
    const memory = this.memory;
    for (; this.remembered < i; this.remembered++) {
      const at = this.remembered;
      const label = history[at]!;
      if (label > 0) memory[formOf[at]!] = ((label - 1) >> 1) + 1;
      else if (words[at]!.capitalized && !first[at]) memory[formOf[at]!] = -1;
    }
    return memory[formOf[i]!]!;
  }
}
