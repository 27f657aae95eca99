/**
 * Source to actor: the actor of the first non-possessive mention inside the source span,
 * following `refersTo` so "Washington claims" links to the United States. Unlinked sources
 * with an anonymous head ("officials", "a person familiar with the talks") are marked.
 */
import type { Actor, ClaimSource } from '../types';
import { ANONYMOUS_HEADS } from './lexicon';

interface MentionRef {
  start: number;
  end: number;
  actor: string;
}

/** Mentions of all actors sorted by start, for overlap lookups. */
export function mentionIndex(actors: Actor[]): MentionRef[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const resolve = (a: Actor): string => {
    let cur = a;
    for (let hops = 0; cur.refersTo && hops < 4; hops++) {
      const next = byId.get(cur.refersTo);
      if (!next) break;
      cur = next;
    }
    return cur.id;
  };
  return actors
    .flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: resolve(a) })))
    .sort((x, y) => x.start - y.start);
}

function lowerBound(index: MentionRef[], pos: number): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ANON_PHRASE_RE =
  /familiar with|not authorized|anonymity|declined to be (?:named|identified)|who asked not/i;
const POSSESSIVE_RE = /^['’]s/;
const NAMED_RE = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** Adds `actor` or `anonymous` to a source span; `text` is the analysed text. */
export function linkSource(source: ClaimSource, index: MentionRef[], text: string): ClaimSource {
  // Mentions are short, so only those starting up to 80 characters before the span can overlap.
  const hits: MentionRef[] = [];
  for (let k = lowerBound(index, source.start - 80); k < index.length; k++) {
    const m = index[k]!;
    if (m.start >= source.end) break;
    if (Math.min(m.end, source.end) > Math.max(m.start, source.start)) hits.push(m);
  }
  // The subject comes first ("Mr. Putin, who met Mr. Kim, said"), except a possessor
  // ("North Korea's leader, Kim Jong-un").
  const head = hits.find((m) => !POSSESSIVE_RE.test(text.slice(m.end, m.end + 2))) ?? hits[0];
  if (head) return { ...source, actor: head.actor };
  const words = source.text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .slice(0, 6);
  const anonymous =
    ANON_PHRASE_RE.test(source.text) ||
    (!NAMED_RE.test(source.text) && words.some((w) => ANONYMOUS_HEADS.has(w)));
  return anonymous ? { ...source, anonymous: true } : source;
}
