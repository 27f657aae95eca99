/** Named mentions: tagged entity ranges turned into text spans with actor types. */
import type { ActorType } from '../types';
import type { Token } from '../tokenize';
import type { EntityType, TokenEntity } from './labels';

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

/** Maps tagger output to mentions, dropping spans with no letters (they are never names). */
export function toMentions(text: string, tokens: Token[], entities: TokenEntity[]): NameMention[] {
  const out: NameMention[] = [];
  for (const e of entities) {
    const start = tokens[e.tokenStart]!.start;
    const end = tokens[e.tokenEnd - 1]!.end;
    const span = text.slice(start, end);
    if (!/\p{L}/u.test(span)) continue;
    out.push({
      start,
      end,
      text: span,
      tokenStart: e.tokenStart,
      tokenEnd: e.tokenEnd,
      type: ACTOR_TYPE[e.type],
    });
  }
  return out;
}
