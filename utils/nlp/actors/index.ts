/**
 * Actor recognition: tag named entities, link their mentions into actors, resolve metonyms
 * and pronouns, and name each actor canonically. Pure: text and tokens in, actors out.
 */
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import type { Actor } from '../types';
import { linkNames, type NameCluster } from './link';
import { canonicalName, nameWords } from './names';
import { recognizeNames } from './recognize';

export { recognizeNames } from './recognize';

/** Finds the actors of a text with every linked mention (UTF-16 offsets, end exclusive). */
export function findActors(text: string, tokens: Token[], sentences: Sentence[]): Actor[] {
  const clusters = linkNames(recognizeNames(text, tokens, sentences), () => undefined);
  return clusters.map((c, i) => toActor(c, `a${i + 1}`));
}

function toActor(cluster: NameCluster, id: string): Actor {
  return {
    id,
    name: cluster.canonical ?? bestName(cluster),
    type: cluster.type,
    mentions: cluster.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      form: 'name',
    })),
  };
}

/** The longest name variant, middle initials dropped ("Vladimir V. Putin" -> "Vladimir Putin"). */
function bestName(cluster: NameCluster): string {
  let best = cluster.mentions[0]!.text;
  for (const m of cluster.mentions) {
    if (nameWords(m.text).length > nameWords(best).length) best = m.text;
  }
  return canonicalName(best);
}
