/**
 * Scores actors on the seed article against its expected file. An expected surface mention is
 * found when one of its occurrences overlaps a mention of the right actor (or of a metonym that
 * refersTo it); matching by overlap lets "the United States" match the span "United States".
 */
import { readFileSync } from 'node:fs';
import type { Actor } from '../../utils/nlp/types';

interface Expected {
  article: { body_starts_with: string; body_ends_with: string };
  actors: { name: string; type: string; mentions: string[] }[];
  must_not_annotate: string[];
}

/** Seed-article figures: actor recall/precision, mention recall/precision, misses. */
export interface SeedScore {
  actorRecall: number;
  actorPrecision: number;
  mentionRecall: number;
  mentionPrecision: number;
  missed: string[];
  extra: string[];
}

/** The article body of the seed text, as the extractor would hand it over. */
export function seedBody(
  textPath: string,
  expectedPath: string,
): { body: string; expected: Expected } {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const text = readFileSync(textPath, 'utf8');
  const start = text.indexOf(expected.article.body_starts_with);
  const endAt = text.indexOf(expected.article.body_ends_with);
  return { body: text.slice(start, endAt + expected.article.body_ends_with.length), expected };
}

/** Compares actors found in `body` with the expected actors. */
export function scoreSeed(body: string, expected: Expected, actors: Actor[]): SeedScore {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const resolve = (a: Actor) => (a.refersTo && byId.get(a.refersTo)) || a;
  const names = new Map(expected.actors.map((e) => [e.name.toLowerCase(), e]));
  const missed: string[] = [];
  const extra: string[] = [];
  let foundActors = 0;
  let foundMentions = 0;
  let mentionTotal = 0;
  const correctMentions = new Set<string>();
  for (const e of expected.actors) {
    const mine = actors.filter((a) => resolve(a).name.toLowerCase() === e.name.toLowerCase());
    if (mine.length) foundActors++;
    else missed.push(`actor ${e.name}`);
    for (const surface of e.mentions) {
      mentionTotal++;
      const hits = occurrences(body, surface).flatMap(([s, t]) =>
        mine.flatMap((a) => a.mentions.filter((m) => m.start < t && m.end > s)),
      );
      hits.forEach((m) => correctMentions.add(`${m.start}:${m.end}`));
      if (hits.length) foundMentions++;
      else missed.push(`${e.name}: ${surface}`);
    }
  }
  let mentionsOut = 0;
  for (const a of actors) {
    if (!names.has(resolve(a).name.toLowerCase())) extra.push(`actor ${a.name} (${a.type})`);
    for (const m of a.mentions) {
      mentionsOut++;
      if (!correctMentions.has(`${m.start}:${m.end}`))
        extra.push(`${a.name}: ${m.text}@${m.start}`);
    }
  }
  const matchedActors = actors.filter((a) => names.has(resolve(a).name.toLowerCase())).length;
  return {
    actorRecall: foundActors / expected.actors.length,
    actorPrecision: actors.length ? matchedActors / actors.length : 0,
    mentionRecall: foundMentions / mentionTotal,
    mentionPrecision: mentionsOut ? correctMentions.size / mentionsOut : 0,
    missed,
    extra,
  };
}

function occurrences(text: string, surface: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (const m of text.matchAll(re)) out.push([m.index, m.index + surface.length]);
  return out;
}
