/**
 * Gazetteer of countries (aliases, demonyms, capitals), seats of power and international
 * organisations, pre-indexed at training time (scripts/lib/build-gazetteer.ts). It feeds the
 * tagger a feature per token and gives linking and metonymy canonical names and what places
 * stand for. Lookups read the bundled JSON objects directly: nothing is built at load.
 */
import data from '../models/gazetteer.json';
import { combineHash, hashString } from '../tagger';
import type { Token } from '../tokenize';

/** What a gazetteer name is. */
export type GazetteerKind = 'org' | 'seat' | 'country' | 'capital' | 'demonym';

/** The data file: entries [kind, canonical, stands for or ""], and two indexes into them. */
export interface GazetteerData {
  entries: [GazetteerKind, string, string][];
  /** Exact name (and its upper-case form) -> entry. */
  names: Record<string, number>;
  /** First word -> [words, entry], longest first. */
  first: Record<string, [string[], number][]>;
}

/** One known name. */
export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical name of the thing itself ("United States", "Moscow", "Kremlin"). */
  canonical: string;
  /** For capitals, seats and demonyms: the country or institution they stand for. */
  standsFor?: string;
}

const gazetteer = data as unknown as GazetteerData;
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const cache = new Map<number, GazetteerEntry>();
const KIND_HASHES = new Map<string, [number, number]>();

function entry(id: number): GazetteerEntry {
  let e = cache.get(id);
  if (!e) {
    const [kind, canonical, standsFor] = gazetteer.entries[id]!;
    e = standsFor ? { kind, canonical, standsFor } : { kind, canonical };
    cache.set(id, e);
  }
  return e;
}

/** The entry for an exact name ("U.S.", "Kremlin", "UN"), if known. */
export function lookupName(text: string): GazetteerEntry | undefined {
  return has(gazetteer.names, text) ? entry(gazetteer.names[text]!) : undefined;
}

/** True when some gazetteer name starts with this token text (cached per word: see word-info). */
export function startsName(text: string): boolean {
  return has(gazetteer.first, text);
}

/** Longest gazetteer phrase starting at token i: its entry and length in tokens. */
export function matchAt(
  tokens: Token[],
  i: number,
): { entry: GazetteerEntry; length: number } | null {
  const first = tokens[i]!.text;
  if (!has(gazetteer.first, first)) return null;
  for (const [words, id] of gazetteer.first[first]!) {
    if (i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]!.text === words[k];
    if (ok) return { entry: entry(id), length: words.length };
  }
  return null;
}

function kindHashes(kind: string): [number, number] {
  let h = KIND_HASHES.get(kind);
  if (!h) {
    const k = hashString(kind);
    h = [combineHash(k, 1), combineHash(k, 2)];
    KIND_HASHES.set(kind, h);
  }
  return h;
}

/**
 * Hashed gazetteer feature per token (kind and begin/inside), 0 where no name matches.
 * `starts(i)` may answer `startsName` for token i from a cache.
 */
export function gazetteerHits(
  tokens: Token[],
  starts: (i: number) => boolean = (i) => startsName(tokens[i]!.text),
): Int32Array {
  const hits = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length;) {
    const match = starts(i) ? matchAt(tokens, i) : null;
    if (!match) {
      i++;
      continue;
    }
    const [begin, inside] = kindHashes(match.entry.kind);
    hits[i] = begin;
    for (let k = 1; k < match.length; k++) hits[i + k] = inside;
    i += match.length;
  }
  return hits;
}
