/**
 * Actor recognition: tag named entities, link their mentions into actors, split metonyms off
 * towards the states they stand for, attach pronouns and role descriptions, and name each actor
 * canonically. Pure: text and tokens in, actors with UTF-16 mention spans out.
 */
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import type { Actor } from '../types';
import { attachDescriptions } from './descriptions';
import { finishActors, type Draft } from './draft';
import { lookupName } from './gazetteer';
import { linkNames, type NameCluster } from './link';
import { splitMetonyms } from './metonyms';
import { withoutModifierTail } from './mentions';
import { canonicalName, nameWords } from './names';
import { attachPronouns } from './pronouns';
import { recognizeNames } from './recognize';

export { recognizeNames } from './recognize';

/** Finds the actors of a text with every linked mention (UTF-16 offsets, end exclusive). */
export function findActors(text: string, tokens: Token[], sentences: Sentence[]): Actor[] {
  if (tokens.length === 0) return [];
  const names = recognizeNames(text, tokens, sentences).map(withoutModifierTail);
  const clusters = linkNames(names, aliasOf);
  const drafts = splitMetonyms(clusters.map(toDraft), tokens);
  attachPronouns(drafts, tokens, sentences);
  attachDescriptions(drafts, text, tokens);
  return finishActors(drafts);
}

/** Canonical names of countries and organisations the gazetteer knows ("U.S." -> "United States"). */
function aliasOf(text: string): string | undefined {
  const entry = lookupName(text);
  return entry && (entry.kind === 'country' || entry.kind === 'org') ? entry.canonical : undefined;
}

function toDraft(cluster: NameCluster, i: number): Draft {
  const name = cluster.canonical ?? bestName(cluster);
  return {
    key: cluster.canonical ? `=${cluster.canonical}` : `#${i}`,
    name,
    type: cluster.canonical
      ? lookupName(cluster.canonical)?.kind === 'org'
        ? 'organization'
        : 'place'
      : cluster.type,
    mentions: cluster.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      form: 'name',
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
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
