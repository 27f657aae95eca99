/** The NLP stage's front door: text in, actors and claims with character offsets out. */
import { findActors } from './actors/index';
import { findClaims } from './claims/index';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import type { Analysis } from './types';

export type * from './types';

/** Finds the actors in `text` and the claims they make; offsets are UTF-16 indices into `text`. */
export function analyze(text: string): Analysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const actors = findActors(text, tokens, sentences);
  const claims = findClaims(text, tokens, sentences, actors);
  return { actors, claims };
}
