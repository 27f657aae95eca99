/** CoNLL documents re-tokenised with Margin's own tokeniser, labels projected onto its tokens. */
import { ENTITY_LABELS } from '../../utils/nlp/actors/labels';
import { splitSentences, type Sentence } from '../../utils/nlp/sentences';
import { tokenize, type Token } from '../../utils/nlp/tokenize';
import type { ConllDoc, EntitySpan } from './conll';

/** A document ready for training or scoring the entity tagger. */
export interface TaggedDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  gold: Int32Array;
  entities: EntitySpan[];
}

/** Tokenises a CoNLL document and projects its gold entities onto the tokens as BIO ids. */
export function prepareDoc(doc: ConllDoc): TaggedDoc {
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens);
  const gold = new Int32Array(tokens.length);
  let t = 0;
  for (const e of doc.entities) {
    while (t < tokens.length && tokens[t]!.end <= e.start) t++;
    let inside = false;
    for (let k = t; k < tokens.length && tokens[k]!.start < e.end; k++) {
      gold[k] = ENTITY_LABELS.indexOf(`${inside ? 'I' : 'B'}-${e.type}`);
      inside = true;
    }
  }
  return { text: doc.text, tokens, sentences, gold, entities: doc.entities };
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place with a seeded generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
