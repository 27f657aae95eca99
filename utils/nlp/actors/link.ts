/**
 * Links named mentions into clusters, one per actor: exact names, aliases ("U.S." and "the
 * United States"), person name variants ("Putin", "Mr. Putin" and "Vladimir V. Putin"; "Kim"
 * and "Kim Jong-un") and acronyms ("UN" and "United Nations"). Indexed by name word and by
 * acronym, so linking stays linear in the number of mentions.
 */
import type { ActorType } from '../types';
import type { NameMention } from './mentions';
import { acronymOf, isAcronym, nameKey, nameWords } from './names';

/** Mentions of one actor. */
export interface NameCluster {
  type: ActorType;
  mentions: NameMention[];
  /** Canonical form when an alias table supplied one (e.g. "United States"). */
  canonical?: string;
}

/** Looks up a name in alias tables: canonical name, or undefined. */
export type AliasLookup = (text: string) => string | undefined;

interface Entry {
  cluster: NameCluster;
  /** Words of one full person name in the cluster. */
  words: string[];
  firstStart: number;
}

/** Groups mentions by actor; `alias` maps known variants to one canonical name. */
export function linkNames(mentions: NameMention[], alias: AliasLookup): NameCluster[] {
  const clusters: NameCluster[] = [];
  const byKey = new Map<string, NameCluster>();
  const byWord = new Map<string, Entry[]>();
  const byAcronym = new Map<string, NameCluster>();
  // Longest names first, so short variants find the full name wherever it appears.
  const order = mentions
    .map((m) => ({ m, words: nameWords(m.text) }))
    .sort((a, b) => b.words.length - a.words.length || a.m.start - b.m.start);
  for (const { m, words } of order) {
    const canonical = alias(m.text);
    const key = canonical ? `=${canonical.toLowerCase()}` : nameKey(m.text);
    let cluster = byKey.get(key);
    if (!cluster && m.type === 'person') cluster = personVariant(m, words, byWord);
    if (!cluster && isAcronym(m.text)) cluster = byAcronym.get(m.text.replace(/\./g, ''));
    if (!cluster) {
      cluster = { type: m.type, mentions: [], canonical };
      clusters.push(cluster);
    }
    if (!byKey.has(key)) {
      byKey.set(key, cluster);
      if (m.type === 'person' && words.length > 1)
        index(byWord, { cluster, words, firstStart: m.start });
      const acronym = m.type === 'person' ? '' : acronymOf(canonical ?? m.text);
      if (acronym && !byAcronym.has(acronym)) byAcronym.set(acronym, cluster);
    }
    cluster.mentions.push(m);
  }
  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    c.type = majorityType(c.mentions);
  }
  return clusters.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function index(byWord: Map<string, Entry[]>, entry: Entry): void {
  for (const w of new Set([entry.words[0]!, entry.words[entry.words.length - 1]!])) {
    const list = byWord.get(w) ?? [];
    list.push(entry);
    byWord.set(w, list);
  }
}

/**
 * A longer person name this mention shortens: surname ("Putin"), family name first ("Kim" of
 * "Kim Jong-un"), or a subset of the words. The nearest full name before the mention wins.
 */
function personVariant(
  m: NameMention,
  words: string[],
  byWord: Map<string, Entry[]>,
): NameCluster | undefined {
  const candidates = [
    ...(byWord.get(words[words.length - 1]!) ?? []),
    ...(byWord.get(words[0]!) ?? []),
  ];
  let best: Entry | undefined;
  for (const e of candidates) {
    if (e.cluster.type !== 'person' && e.cluster.mentions[0]?.type !== 'person') continue;
    if (words.length >= e.words.length) continue;
    const ok =
      words.length === 1
        ? words[0] === e.words[e.words.length - 1] || words[0] === e.words[0]
        : words.every((w) => e.words.includes(w));
    if (!ok) continue;
    if (!best || closer(e.firstStart, best.firstStart, m.start)) best = e;
  }
  return best?.cluster;
}

/** Is position a closer antecedent of `at` than b: before it and later, or both after and earlier. */
function closer(a: number, b: number, at: number): boolean {
  if (a < at && b < at) return a > b;
  if (a < at) return true;
  if (b < at) return false;
  return a < b;
}

function majorityType(mentions: NameMention[]): ActorType {
  if (mentions.every((m) => m.type === mentions[0]!.type)) return mentions[0]!.type;
  const counts = new Map<ActorType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
