/**
 * Per-word data the entity features need (lower-case form, shape, hashed affixes), computed
 * once per distinct word and cached across calls: most tokens of a text are repeats.
 */
import { combineHash, hashString } from '../tagger';
import { startsName } from './gazetteer';
import { isAllCaps, isCapitalized, wordShape } from './shape';

/**
 * A lower-cased form shared by every word written that way ("Kim", "KIM", "kim"): the document
 * features are keyed by it, and `buildContext` numbers the forms of a text through these fields
 * instead of a map lookup per token.
 */
export interface LowerForm {
  /** The text that last numbered this form (see `beginText`), and its number there. */
  stamp: number;
  id: number;
}

/** What the feature function reads about one word form. */
export interface WordInfo {
  lower: string;
  /** Shared with every word of the same lower-cased form. */
  form: LowerForm;
  /** An opening quote, bracket, dash or colon: the next word's casing says little. */
  opening: boolean;
  /** Hash of the lower-cased word. */
  word: number;
  /** Hash of the word as written. */
  exact: number;
  shape: number;
  /** Shape starts with a capital letter. */
  capitalized: boolean;
  /** Hashed features of the word's own prefixes, suffixes and length. */
  own: Int32Array;
  /** A middle initial such as "V.". */
  initial: boolean;
  /** Starts lower-case and is no name particle ("van", "bin"). */
  plain: boolean;
  /** Has cased letters (headline detection counts only these words). */
  cased: boolean;
  /** Has cased letters, none of them lower-case. */
  allCaps: boolean;
  /** Some gazetteer name starts with this word. */
  startsName: boolean;
  /** For hyphenated words ("War-era", "Jong-un"): hashes of the first and last part, else 0. */
  head: number;
  tail: number;
  /** A capitalised head with a lower-case tail ("War-era", "Angeles-based", "Jong-un"). */
  modifier: boolean;
  /**
   * The fast decoder's caches (decode.ts), kept on the word so a token needs no map lookup:
   * the offset of its record in a model's arena, valid under the arena's epoch `scoredBy`:
   * summed own, neighbour and label-history features, and document features summed for the
   * text numbered `docStamp`.
   */
  scoredBy: object | null;
  recordAt: number;
  /** The record holds label-history rows of this word (with the word, as a modifier). */
  history: boolean;
  /** The offset of the arena's rows for this word's shape (decode-tables.ts `shapeRows`). */
  shapesAt: number;
  docStamp: number;
}

const INITIAL_RE = /^\p{Lu}\.$/u;
const LOWER_RE = /^\p{Ll}/u;
const HYPHEN_RE = /[-‐‑]/;
const HEAD_RE = /^[\p{L}\p{M}.]+$/u;
const TAIL_RE = /^[\p{L}\p{M}]+$/u;

/** First and last part of a hyphenated word of letters ("Abu-Dhabi-based"), else null. */
function compoundParts(text: string): [string, string] | null {
  const first = text.search(HYPHEN_RE);
  if (first <= 0 || text.length > 64) return null;
  let last = first;
  for (let i = text.length - 1; i > first; i--) {
    if (HYPHEN_RE.test(text[i]!)) {
      last = i;
      break;
    }
  }
  const head = text.slice(0, first);
  const tail = text.slice(last + 1);
  return HEAD_RE.test(head) && TAIL_RE.test(tail) ? [head, tail] : null;
}
const NAME_PARTICLES = new Set(
  'van von der den de da di du del della la le bin ibn al el dos das ter zu y'.split(' '),
);

const OPENING = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–', ':']);
const AFFIX_KEYS = ['p2', 'p3', 'p4', 'x2', 'x3', 'x4', 'len'].map(hashString);
const CACHE_LIMIT = 50_000;
let cache = new Map<string, WordInfo>();
// Trimmed only between texts (`beginText`), so all words of one text share their forms even
// when the word cache above is refilled midway; trimmed with the word cache, so no cached word
// keeps a form that a new word of the same lower-cased text would not share.
let forms = new Map<string, LowerForm>();
let texts = 0;

/** Starts numbering the lower-cased forms of a new text; returns its stamp. */
export function beginText(): number {
  if (forms.size >= CACHE_LIMIT) {
    forms = new Map();
    cache = new Map();
  }
  return ++texts;
}

function formOf(lower: string): LowerForm {
  let form = forms.get(lower);
  if (!form) forms.set(lower, (form = { stamp: 0, id: 0 }));
  return form;
}

/** Word data for a token text, from the cache when seen before. */
export function wordInfo(text: string): WordInfo {
  let info = cache.get(text);
  if (info) return info;
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  const lower = text.toLowerCase();
  const own: number[] = [];
  const [p2, p3, p4, x2, x3, x4, len] = AFFIX_KEYS as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (lower.length > 2) {
    own.push(
      combineHash(p2, hashString(lower.slice(0, 2))),
      combineHash(p3, hashString(lower.slice(0, 3))),
      combineHash(x2, hashString(lower.slice(-2))),
      combineHash(x3, hashString(lower.slice(-3))),
    );
  }
  if (lower.length > 4) {
    own.push(
      combineHash(p4, hashString(lower.slice(0, 4))),
      combineHash(x4, hashString(lower.slice(-4))),
    );
  }
  own.push(combineHash(len, Math.min(lower.length, 8)));
  const parts = compoundParts(text);
  info = {
    lower,
    form: formOf(lower),
    opening: OPENING.has(text),
    word: hashString(lower),
    exact: hashString(text),
    shape: hashString(wordShape(text)),
    capitalized: isCapitalized(text),
    own: Int32Array.from(own),
    initial: INITIAL_RE.test(text),
    plain: LOWER_RE.test(text) && !NAME_PARTICLES.has(text),
    cased: text !== lower || text !== text.toUpperCase(),
    allCaps: isAllCaps(text),
    startsName: startsName(text),
    head: parts ? hashString(parts[0].toLowerCase()) : 0,
    tail: parts ? hashString(parts[1].toLowerCase()) : 0,
    modifier: parts !== null && isCapitalized(parts[0]) && LOWER_RE.test(parts[1]),
    scoredBy: null,
    recordAt: 0,
    history: false,
    shapesAt: 0,
    docStamp: -1,
  };
  cache.set(text, info);
  return info;
}
