/**
 * Sentence splitter over tokens. A full stop ends a sentence unless the next word starts in
 * lower case; abbreviations ("Mr.", "V.") never do, acronyms ("U.S.") only before a typical
 * sentence opener; a blank line always does. Runaway sentences are cut to keep later stages bounded.
 */
import type { Token } from './tokenize';

/** A sentence: UTF-16 span and token index range (end exclusive). */
export interface Sentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** Longest sentence handed on, in tokens; longer ones are cut at a comma or semicolon. */
export const MAX_SENTENCE_TOKENS = 200;

const TERMINALS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»']);
const SOFT_BREAKS = new Set([';', ',', ':', '—', '–', '--']);
// Abbreviations that introduce a name and so never end a sentence.
const TITLES = new Set(
  'mr. mrs. ms. dr. prof. sen. rep. gov. gen. col. lt. sgt. capt. adm. maj. rev. hon. st. mt. messrs. pres. no.'.split(
    ' ',
  ),
);
// Words that open a new sentence after an acronym like "U.S." or "Inc.".
const OPENERS = new Set(
  (
    'The A An He She It They We I You This That These Those But And Or So Yet In On At As For If ' +
    'When While After Before Although However Meanwhile There Here His Her Its Their Our Some ' +
    'Many Most All Still Also Last Earlier Later Now Then'
  ).split(' '),
);
const UPPER_OR_DIGIT_RE = /^[\p{Lu}\p{Lt}\p{N}]/u;
const LOWER_RE = /^\p{Ll}/u;
const PARAGRAPH_RE = /\n[^\S\n]*\n/;

/** Splits tokens into sentences; linear in the number of tokens. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (end: number): void => {
    if (end <= first) return;
    sentences.push({
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      tokenStart: first,
      tokenEnd: end,
    });
    first = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && i > first && hasParagraphBreak(text, prev.end, tok.start)) close(i);
    if (i - first >= MAX_SENTENCE_TOKENS) close(softBreak(tokens, first, i));
    const next = tokens[i + 1];
    if (!next || !endsSentence(tok, next)) continue;
    // Keep closing quotes, brackets and repeated marks with the sentence they end.
    let j = i + 1;
    while (j < tokens.length && (CLOSERS.has(tokens[j]!.text) || TERMINALS.has(tokens[j]!.text)))
      j++;
    const after = tokens[j];
    if (after && LOWER_RE.test(after.text)) continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return sentences;
}

function hasParagraphBreak(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const gap = text.slice(from, to);
  return gap.indexOf('\n') !== gap.lastIndexOf('\n') && PARAGRAPH_RE.test(gap);
}

function endsSentence(tok: Token, next: Token): boolean {
  const t = tok.text;
  const c = t.charCodeAt(0);
  // Every terminal starts with ".", "!", "?" or "…": most tokens skip the set lookup (and
  // hashing a fresh string).
  if ((c === 46 || c === 33 || c === 63 || c === 0x2026) && TERMINALS.has(t)) return true;
  if (t.length < 2 || t.charCodeAt(t.length - 1) !== 46) return false;
  // An abbreviation that swallowed its dot: only an acronym before a clear opener ends a sentence.
  if (TITLES.has(t.toLowerCase()) || t.length === 2) return false;
  return OPENERS.has(next.text) && UPPER_OR_DIGIT_RE.test(next.text);
}

/** Where to cut a runaway sentence: after its last soft break, else right here. */
function softBreak(tokens: Token[], first: number, here: number): number {
  for (let k = here - 1; k > first + MAX_SENTENCE_TOKENS / 2; k--) {
    if (SOFT_BREAKS.has(tokens[k]!.text)) return k + 1;
  }
  return here;
}
