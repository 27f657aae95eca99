/** Named-entity recognition stage: tokens in, typed name mentions out (before any linking). */
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { toMentions, type NameMention } from './mentions';
import { entityModel } from './model';
import { tagEntities } from './tag-entities';

/** Tags the named mentions of a text: people, organisations, places and other names. */
export function recognizeNames(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
): NameMention[] {
  if (tokens.length === 0) return [];
  return toMentions(text, tokens, tagEntities(entityModel(), tokens, sentences));
}
