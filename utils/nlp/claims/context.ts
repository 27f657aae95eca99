/**
 * Per-text facts both claim taggers read: lower-cased words, word shapes, cue-lexicon classes,
 * sentence and paragraph of each token, and quotation state, plus each string's feature hash
 * so feature functions combine numbers instead of building strings. Linear in the text.
 */
import { hashString } from '../tagger';
import type { Token } from '../tokenize';
import type { Sentence } from '../sentences';
import { kindOfWord, lemma } from './lexicon';
import { mapQuotes, type QuoteMap } from './quotes';

/** Everything the feature functions need about one text. */
export interface ClaimContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lower: string[];
  /** Cue-lexicon class of each word ('' when none). */
  kind: string[];
  /** Feature hashes per token: word, shape, lexicon class, lemma, 2- and 3-letter suffix. */
  hWord: Int32Array;
  hShape: Int32Array;
  hKind: Int32Array;
  hLemma: Int32Array;
  hSuf2: Int32Array;
  hSuf3: Int32Array;
  /** Sentence index per token. */
  sentOf: Int32Array;
  /** Paragraph (blank-line block) index per token. */
  paraOf: Int32Array;
  /** Actor-stage mention class per token (see mentions.ts; all 0 when none were given). */
  mention: Uint8Array;
  /** Per sentence: 1 when it holds a quote mark. */
  sentQuoted: Uint8Array;
  quotes: QuoteMap;
}

interface WordInfo {
  lower: string;
  kind: string;
  hWord: number;
  hShape: number;
  hKind: number;
  hLemma: number;
  hSuf2: number;
  hSuf3: number;
}

function shapeOf(w: string): string {
  if (/^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(w)) return w.length === 1 ? 'X' : 'Xx';
  if (/^\p{Lu}[\p{Lu}.&-]*$/u.test(w)) return 'XX';
  if (/^[\p{Ll}\p{M}'’-]+$/u.test(w)) return 'x';
  if (/^\p{N}/u.test(w)) return 'd';
  if (/^\p{L}/u.test(w)) return 'Xm';
  return w.length === 1 ? w : 'p';
}

// Word facts are the same every time a word recurs: compute them once per distinct form.
const CACHE_LIMIT = 50_000;
let cache = new Map<string, WordInfo>();

function wordInfo(text: string): WordInfo {
  let info = cache.get(text);
  if (info) return info;
  const lower = text.toLowerCase();
  const kind = /^\p{L}/u.test(lower) ? (kindOfWord(lower) ?? '') : '';
  info = {
    lower,
    kind,
    hWord: hashString(lower),
    hShape: hashString(shapeOf(text)),
    hKind: hashString(kind),
    hLemma: hashString(lemma(lower)),
    hSuf2: hashString(lower.length > 2 ? lower.slice(-2) : lower),
    hSuf3: hashString(lower.length > 3 ? lower.slice(-3) : lower),
  };
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(text, info);
  return info;
}

/** Builds the shared context for one text; `mention` comes from `mentionClasses`. */
export function buildContext(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  mention: Uint8Array = new Uint8Array(tokens.length),
): ClaimContext {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const kind = new Array<string>(n);
  const [hWord, hShape, hKind, hLemma, hSuf2, hSuf3] = Array.from(
    { length: 6 },
    () => new Int32Array(n),
  ) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const sentOf = new Int32Array(n);
  const paraOf = new Int32Array(n);
  let para = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = wordInfo(t.text);
    lower[i] = w.lower;
    kind[i] = w.kind;
    hWord[i] = w.hWord;
    hShape[i] = w.hShape;
    hKind[i] = w.hKind;
    hLemma[i] = w.hLemma;
    hSuf2[i] = w.hSuf2;
    hSuf3[i] = w.hSuf3;
    if (i > 0 && t.start - tokens[i - 1]!.end > 1) {
      const gap = text.slice(tokens[i - 1]!.end, t.start);
      if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) para++;
    }
    paraOf[i] = para;
  }
  sentences.forEach((s, k) => sentOf.fill(k, s.tokenStart, s.tokenEnd));
  const quotes = mapQuotes(text, tokens);
  const sentQuoted = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) if (quotes.mark[i]) sentQuoted[sentOf[i]!] = 1;
  return {
    text,
    tokens,
    sentences,
    lower,
    kind,
    hWord,
    hShape,
    hKind,
    hLemma,
    hSuf2,
    hSuf3,
    sentOf,
    paraOf,
    mention,
    sentQuoted,
    quotes,
  };
}
