/** Named mentions: tagged entity ranges turned into text spans with actor types. */
import type { ActorType } from '../types';
import type { Token } from '../tokenize';
import type { EntityType, TokenEntity } from './labels';
import { TITLES } from './lexicon';
import { wordInfo } from './word-info';

/** A named mention before linking. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  type: ActorType;
}

const ACTOR_TYPE: Record<EntityType, ActorType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
};

// Never part of a name span: possessive endings and punctuation at the edges, a leading "the".
const EDGE_RE = /^(?:['’]s?|[^\p{L}\p{N}]+)$/u;
const CASED_RE = /[\p{Lu}\p{Lt}]/u;
const LEADING_RE = /^(?:the|The|THE)$/;

/** Maps tagger output to mentions with clean edges, dropping spans with no capital letter. */
export function toMentions(text: string, tokens: Token[], entities: TokenEntity[]): NameMention[] {
  const out: NameMention[] = [];
  for (const e of entities) {
    let first = e.tokenStart;
    let last = e.tokenEnd - 1;
    while (
      first <= last &&
      (EDGE_RE.test(tokens[first]!.text) || LEADING_RE.test(tokens[first]!.text))
    )
      first++;
    while (last >= first && EDGE_RE.test(tokens[last]!.text) && !tokens[last]!.text.endsWith('.'))
      last--;
    // Titles stay outside a person's name: "Chancellor Angela Merkel" -> "Angela Merkel".
    while (e.type === 'PER' && first < last && TITLES[tokens[first]!.text] !== undefined) first++;
    // Nor does a name start with a plain lower-case word ("столица России" -> "России").
    while (first < last && wordInfo(tokens[first]!.text).plain) first++;
    if (first > last) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const span = text.slice(start, end);
    // Names are capitalised; this also keeps uncased scripts (Devanagari, Arabic, Han), which
    // the English model cannot read, from producing guesses.
    if (!CASED_RE.test(span)) continue;
    out.push({
      start,
      end,
      text: span,
      tokenStart: first,
      tokenEnd: last + 1,
      type: ACTOR_TYPE[e.type],
    });
  }
  return out;
}

// A lower-case word hyphenated onto the end of a name: "Cold War-era", "U.S.-led".
const MODIFIER_TAIL_RE = /[-‐‑]\p{Ll}[\p{L}\p{M}]*$/u;

/**
 * The name inside a compound modifier: CoNLL spans "Cold War-era" and "U.S.-led" whole (as
 * MISC), but the actor is the Cold War or the United States, so the tail is cut off. People
 * keep theirs: in a person's name it is part of the name ("Kim Jong-un").
 */
export function withoutModifierTail(m: NameMention): NameMention {
  const tail = m.type === 'person' ? null : MODIFIER_TAIL_RE.exec(m.text);
  if (!tail || !CASED_RE.test(m.text.slice(0, tail.index))) return m;
  const text = m.text.slice(0, tail.index);
  return { ...m, text, end: m.start + text.length };
}
