/**
 * News-English tokeniser. Tokens keep UTF-16 offsets into the original text, so every later
 * stage can map back to exact spans. Splits follow CoNLL/PTB habits: possessive "'s" and "n't"
 * are their own tokens, quotes and dashes stand alone, "U.S.", "Mr." and initials keep their dot.
 */

/** A token: its UTF-16 span in the text and the text itself. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose trailing dot belongs to the word (titles, months, corporate suffixes).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj brig cpl pvt jr sr st mt ft ' +
    'rev hon pres supt insp det messrs mme mlle inc corp co ltd llc plc bros vs etc vol ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx dept univ assn ave blvd'
  ).split(' '),
);

// Order matters: URLs, dotted acronyms and ellipses before plain words and single symbols.
const TOKEN_RE = new RegExp(
  [
    /(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]/u.source,
    /(?:\p{Lu}\.){2,}(?!\p{L})|(?:\p{Ll}\.){2,}(?!\p{L})/u.source,
    /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’&_]|[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/u.source,
    /\.{2,}|-{2,}/u.source,
    /[^\s\u200b-\u200d\u2060\ufeff]/u.source,
  ].join('|'),
  'gu',
);

// Clitics split off the end of a word, PTB style.
const CLITIC_RE = /(?:n['’]t|['’](?:s|S|re|RE|ll|LL|ve|VE|m|M|d|D))$/;
const INITIAL_RE = /^\p{Lu}$/u;
const NUMBER_AFTER_RE = /^\s?\d/;

function isAbbreviation(word: string, text: string, after: number): boolean {
  if (INITIAL_RE.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "No. 5" but not "said no."
  return (word === 'No' || word === 'no') && NUMBER_AFTER_RE.test(text.slice(after, after + 3));
}

/** Splits text into tokens with exact UTF-16 offsets; linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    let word = m[0];
    const next = text.charCodeAt(start + word.length);
    // "Mr." and "V.": the dot is part of the word, not a full stop.
    if (next === 46 && isAbbreviation(word, text, start + word.length + 1)) {
      word += '.';
      TOKEN_RE.lastIndex = start + word.length;
    }
    const clitic = word.length > 2 ? CLITIC_RE.exec(word) : null;
    if (clitic && clitic.index > 0) {
      const cut = start + clitic.index;
      tokens.push({ start, end: cut, text: word.slice(0, clitic.index) });
      tokens.push({ start: cut, end: start + word.length, text: clitic[0] });
    } else {
      tokens.push({ start, end: start + word.length, text: word });
    }
  }
  return tokens;
}
