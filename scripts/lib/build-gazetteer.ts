/**
 * Builds the bundled gazetteer: countries from the world-countries package (common name, Latin
 * alternative names, English demonym, capitals) plus the curated lists in actors/lexicon.ts,
 * pre-indexed (exact name -> entry, first word -> phrases) so the runtime builds nothing.
 */
import countries from 'world-countries';
import type { GazetteerData, GazetteerKind } from '../../utils/nlp/actors/gazetteer';
import { COUNTRY_ALIASES, ORGANIZATIONS, SEATS_OF_POWER } from '../../utils/nlp/actors/lexicon';

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]+$/u;

/** Splits a name as the tokeniser does for names (spaces, possessive "'s"). */
function nameTokens(name: string): string[] {
  return name.split(' ').flatMap((w) => {
    const m = /^(.+)(['’]s)$/.exec(w);
    return m ? [m[1]!, m[2]!] : w ? [w] : [];
  });
}

/** The gazetteer data file contents. */
export function buildGazetteer(): GazetteerData {
  const data: GazetteerData = { entries: [], names: {}, first: {} };
  const add = (kind: GazetteerKind, canonical: string, standsFor: string, names: string[]) => {
    const id = data.entries.push([kind, canonical, standsFor]) - 1;
    for (const name of names) {
      for (const variant of new Set([name, name.toUpperCase()])) {
        if (variant in data.names) continue;
        data.names[variant] = id;
        const words = nameTokens(variant);
        (data.first[words[0]!] ??= []).push([words, id]);
      }
    }
  };
  for (const [canonical, ...aliases] of ORGANIZATIONS)
    add('org', canonical!, '', [canonical!, ...aliases]);
  for (const [name, standsFor] of SEATS_OF_POWER) add('seat', name, standsFor, [name]);
  const sorted = [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common));
  for (const c of sorted) {
    const name = c.name.common;
    const aliases = [c.name.official, ...c.altSpellings].filter(
      (a) => a !== name && a.length >= 3 && LATIN_NAME.test(a) && /\p{Lu}/u.test(a[0]!),
    );
    add('country', name, '', [name, ...aliases, ...(COUNTRY_ALIASES[name] ?? [])]);
  }
  for (const c of sorted) {
    if (!c.independent) continue;
    // "Washington D.C." is written "Washington" in running text.
    for (const capital of c.capital.map((k) => k.replace(/,? D\.C\.$/, ''))) {
      if (!/^The /.test(capital)) add('capital', capital, c.name.common, [capital]);
    }
    const demonym = c.demonyms?.eng?.m;
    if (demonym) add('demonym', demonym, c.name.common, [demonym]);
  }
  for (const list of Object.values(data.first)) list.sort((a, b) => b[0].length - a[0].length);
  return data;
}
