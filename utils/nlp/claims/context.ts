/**
 * Per-text facts both claim taggers read: lower-cased words, word shapes, cue-lexicon classes,
 * sentence and paragraph of each token, and quotation state. Computed once, in linear time.
 */
import type { Token } from '../tokenize';
import type { Sentence } from '../sentences';
import { kindOfWord } from './lexicon';
import { mapQuotes, type QuoteMap } from './quotes';

/** Everything the feature functions need about one text. */
export interface ClaimContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lower: string[];
  shape: string[];
  /** Cue-lexicon class of each word ('' when none). */
  kind: string[];
  /** Sentence index per token. */
  sentOf: Int32Array;
  /** Paragraph (blank-line block) index per token. */
  paraOf: Int32Array;
  quotes: QuoteMap;
}

function shapeOf(w: string): string {
  if (/^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(w)) return w.length === 1 ? 'X' : 'Xx';
  if (/^\p{Lu}[\p{Lu}.&-]*$/u.test(w)) return 'XX';
  if (/^[\p{Ll}\p{M}'’-]+$/u.test(w)) return 'x';
  if (/^\p{N}/u.test(w)) return 'd';
  if (/^\p{L}/u.test(w)) return 'Xm';
  return w.length === 1 ? w : 'p';
}

/** Builds the shared context for one text. */
export function buildContext(text: string, tokens: Token[], sentences: Sentence[]): ClaimContext {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const shape = new Array<string>(n);
  const kind = new Array<string>(n);
  const sentOf = new Int32Array(n);
  const paraOf = new Int32Array(n);
  let para = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    lower[i] = w;
    shape[i] = shapeOf(t.text);
    kind[i] = /^\p{L}/u.test(w) ? (kindOfWord(w) ?? '') : '';
    if (i > 0) {
      const gap = text.slice(tokens[i - 1]!.end, t.start);
      if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) para++;
    }
    paraOf[i] = para;
  }
  sentences.forEach((s, k) => sentOf.fill(k, s.tokenStart, s.tokenEnd));
  return {
    text,
    tokens,
    sentences,
    lower,
    shape,
    kind,
    sentOf,
    paraOf,
    quotes: mapQuotes(text, tokens),
  };
}
