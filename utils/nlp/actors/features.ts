/**
 * Features of the entity tagger. Besides the word and its neighbours, two document-level cues
 * matter most for news: how the same word is cased elsewhere in the text (rescues sentence
 * starts and all-caps headlines) and what the tagger called it earlier (keeps "Kim" a person).
 */
import type { FeatureFn } from '../tagger';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { labelType } from './labels';
import { isAllCaps, isCapitalized, wordShape } from './shape';

/** Per-document data the feature function reads; built once per text. */
export interface DocContext {
  lower: string[];
  shape: string[];
  /** True where a token starts a sentence. */
  first: Uint8Array;
  /** True for tokens in a sentence written all in capitals (a headline). */
  caps: Uint8Array;
  /** How each lower-cased word is cased in ordinary positions elsewhere in the text. */
  casing: Map<string, string>;
  /** Gazetteer hit per token ("" when none), e.g. "country:B". */
  gazetteer: string[];
}

/** Builds the document context from tokens and sentences. */
export function buildContext(
  tokens: Token[],
  sentences: Sentence[],
  gazetteer: string[],
): DocContext {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const shape = new Array<string>(n);
  const first = new Uint8Array(n);
  const caps = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const text = tokens[i]!.text;
    lower[i] = text.toLowerCase();
    shape[i] = wordShape(text);
  }
  for (const s of sentences) {
    first[s.tokenStart] = 1;
    if (isHeadline(tokens, s)) caps.fill(1, s.tokenStart, s.tokenEnd);
  }
  const casing = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    if (first[i] || caps[i] || (i > 0 && OPENING.has(tokens[i - 1]!.text))) continue;
    const seen = casing.get(lower[i]!);
    const now = isCapitalized(tokens[i]!.text) ? 'C' : 'l';
    casing.set(lower[i]!, seen === undefined || seen === now ? now : 'M');
  }
  return { lower, shape, first, caps, casing, gazetteer };
}

const OPENING = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–', ':']);

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

/** The feature function for one document; remembers its own earlier decisions per word. */
export function entityFeatures(ctx: DocContext): FeatureFn {
  const { lower, shape, first, caps, casing, gazetteer } = ctx;
  const n = lower.length;
  const memory = new Map<string, string>();
  let remembered = 0;
  return (i, history, f) => {
    // Fold decisions made since the last call into the document memory.
    for (; remembered < i; remembered++) {
      const type = labelType(history[remembered]!);
      const s = shape[remembered]!;
      if (type) memory.set(lower[remembered]!, type);
      else if (s[0] === 'X' && !first[remembered]) memory.set(lower[remembered]!, 'O');
    }
    const w = lower[i]!;
    const s = shape[i]!;
    const bos = first[i] === 1;
    const w1 = i > 0 && !bos ? lower[i - 1]! : '<s>';
    const s1 = i > 0 && !bos ? shape[i - 1]! : '<s>';
    const eos = i + 1 >= n || first[i + 1] === 1;
    const wn = eos ? '</s>' : lower[i + 1]!;
    const sn = eos ? '</s>' : shape[i + 1]!;
    const w2 = i > 1 && !bos && !first[i - 1] ? lower[i - 2]! : '<s>';
    const wn2 = !eos && i + 2 < n && !first[i + 2] ? lower[i + 2]! : '</s>';
    const y1 = i > 0 && !bos ? String(history[i - 1]) : 'S';
    const y2 = i > 1 && !bos && !first[i - 1] ? String(history[i - 2]) : 'S';
    const mode = caps[i] ? 'C' : bos ? 'F' : 'N';
    f.add('b');
    f.add('w', w);
    f.add('s', s);
    f.add('ms', mode + s);
    f.add('len', String(w.length > 8 ? 8 : w.length));
    if (w.length > 2) {
      f.add('p2', w.slice(0, 2));
      f.add('p3', w.slice(0, 3));
      f.add('x2', w.slice(-2));
      f.add('x3', w.slice(-3));
    }
    if (w.length > 4) {
      f.add('p4', w.slice(0, 4));
      f.add('x4', w.slice(-4));
    }
    f.add('w-1', w1);
    f.add('w+1', wn);
    f.add('w-2', w2);
    f.add('w+2', wn2);
    f.add('s-1', s1);
    f.add('s+1', sn);
    f.add('ss-', s1 + s);
    f.add('ss+', s + sn);
    f.add('ww-', w1 + ' ' + w);
    f.add('ww+', w + ' ' + wn);
    f.add('y-1', y1);
    f.add('yy', y2 + y1);
    f.add('yw', y1 + w);
    f.add('ys', y1 + s);
    const cased = casing.get(w);
    if (cased) f.add('dc', mode + cased + s);
    const seen = memory.get(w);
    if (seen) f.add('h', seen);
    if (seen) f.add('hs', seen + s);
    const gz = gazetteer[i];
    if (gz) f.add('g', gz);
  };
}
