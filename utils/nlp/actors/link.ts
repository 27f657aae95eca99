/**
 * Links named mentions into clusters, one per actor: exact names, aliases ("U.S." and "the
 * United States"), person name variants ("Putin", "Mr. Putin" and "Vladimir V. Putin"; "Kim"
 * and "Kim Jong-un") and acronyms ("UN" and "United Nations").
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

/** Groups mentions by actor; `alias` maps known variants to one canonical name. */
export function linkNames(mentions: NameMention[], alias: AliasLookup): NameCluster[] {
  const clusters: NameCluster[] = [];
  const byKey = new Map<string, NameCluster>();
  // Longest names first, so short variants find the full name wherever it appears.
  const order = [...mentions].sort(
    (a, b) => nameWords(b.text).length - nameWords(a.text).length || a.start - b.start,
  );
  for (const m of order) {
    const canonical = alias(m.text);
    const key = canonical ? `=${canonical.toLowerCase()}` : nameKey(m.text);
    let cluster = byKey.get(key) ?? findVariantOf(m, clusters);
    if (!cluster) {
      cluster = { type: m.type, mentions: [], canonical };
      clusters.push(cluster);
    }
    byKey.set(key, cluster);
    cluster.mentions.push(m);
  }
  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    c.type = majorityType(c.mentions);
  }
  return clusters.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** A longer-named cluster this mention is a short form of, nearest before it if several. */
function findVariantOf(m: NameMention, clusters: NameCluster[]): NameCluster | undefined {
  const words = nameWords(m.text);
  let best: NameCluster | undefined;
  let bestDistance = Infinity;
  for (const c of clusters) {
    if (!c.mentions.some((o) => isVariant(m, words, o))) continue;
    const distance = Math.min(
      ...c.mentions.map((o) => (o.start < m.start ? m.start - o.start : 1e9 + o.start)),
    );
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

function isVariant(m: NameMention, words: string[], other: NameMention): boolean {
  if (m.type === 'person' && other.type === 'person') {
    const full = nameWords(other.text);
    if (words.length >= full.length) return false;
    // Surname ("Putin"), or family name first ("Kim" of "Kim Jong-un"), or first+last.
    if (words.length === 1) return words[0] === full[full.length - 1] || words[0] === full[0];
    return words.every((w) => full.includes(w));
  }
  if (isAcronym(m.text) && m.type !== 'person') {
    return acronymOf(other.text) === m.text.replace(/\./g, '');
  }
  return false;
}

function majorityType(mentions: NameMention[]): ActorType {
  const counts = new Map<ActorType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
