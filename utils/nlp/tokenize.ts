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
// Sticky: `tokenize` skips the separators itself and asks only where the token at a position
// ends (a `test`, which builds no match array per token). Every character but a separator
// starts a match (the last alternative), and no separator does.
const TOKEN_RE = new RegExp(
  [
    /(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]/u.source,
    /(?:\p{Lu}\.){2,}(?!\p{L})|(?:\p{Ll}\.){2,}(?!\p{L})/u.source,
    /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’&_]|[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/u.source,
    /\.{2,}|-{2,}/u.source,
    /[^\s\u200b-\u200d\u2060\ufeff]/u.source,
  ].join('|'),
  'uy',
);
// Separators between tokens: white space and zero-width characters.
const SEPARATORS_RE = /[\s\u200b-\u200d\u2060\ufeff]+/y;

// Clitics split off the end of a word, PTB style.
const CLITIC_RE = /(?:n['’]t|['’](?:s|S|re|RE|ll|LL|ve|VE|m|M|d|D))$/;
const INITIAL_RE = /^\p{Lu}$/u;
const NUMBER_AFTER_RE = /^\s?\d/;

function isAbbreviation(word: string, text: string, after: number): boolean {
  if (INITIAL_RE.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "No. 5" but not "said no."
  return (word === 'No' || word === 'no') && NUMBER_AFTER_RE.test(text.slice(after, after + 3));
}

/** Where the separators starting at `at` end (`at` itself when there are none). */
function skipSeparators(text: string, at: number): number {
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === 32 || (c >= 9 && c <= 13)) at++;
    else if (c < 128) return at;
    else {
      SEPARATORS_RE.lastIndex = at;
      if (!SEPARATORS_RE.test(text)) return at;
      at = SEPARATORS_RE.lastIndex;
    }
  }
  return at;
}

/** Splits text into tokens with exact UTF-16 offsets; linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while ((at = skipSeparators(text, at)) < text.length) {
    const start = at;
    TOKEN_RE.lastIndex = start;
    // Always matches here (see TOKEN_RE); a single unit otherwise, so the loop moves on.
    let end = TOKEN_RE.test(text) ? TOKEN_RE.lastIndex : start + 1;
    // "Mr." and "V.": the dot is part of the word, not a full stop.
    let word = text.slice(start, end);
    if (text.charCodeAt(end) === 46 && isAbbreviation(word, text, end + 1)) {
      word += '.';
      end++;
    }
    at = end;
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
