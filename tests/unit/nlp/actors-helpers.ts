import { findActors } from '../../../utils/nlp/actors';
import { splitSentences } from '../../../utils/nlp/sentences';
import { tokenize } from '../../../utils/nlp/tokenize';
import type { Actor } from '../../../utils/nlp/types';

/** Runs the whole actor stage on a text. */
export function actorsOf(text: string): Actor[] {
  const tokens = tokenize(text);
  return findActors(text, tokens, splitSentences(text, tokens));
}

/** The actor with this canonical name, if any. */
export function actorNamed(actors: Actor[], name: string): Actor | undefined {
  return actors.find((a) => a.name === name);
}

/** Every mention text of an actor. */
export function mentionTexts(actor: Actor | undefined): string[] {
  return actor ? actor.mentions.map((m) => m.text) : [];
}
