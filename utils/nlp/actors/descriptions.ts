/**
 * Role descriptions ("the Russian leader") to the person the text ties to that country:
 * "Vladimir Putin of Russia", "Russia's president, Vladimir Putin", "Russian President
 * Vladimir Putin". Links only when exactly one person is tied to the country.
 */
import type { Token } from '../tokenize';
import type { Draft } from './draft';
import { matchAt } from './gazetteer';
import { ROLE_NOUNS, TITLES } from './lexicon';

const POSSESSIVE = new Set(["'s", '’s']);

/** Country a name stands for or is ("Russian" -> Russia, "Russia" -> Russia). */
function countryOf(tokens: Token[], start: number): { country: string; length: number } | null {
  const match = matchAt(tokens, start);
  if (!match) return null;
  const { entry, length } = match;
  if (entry.kind === 'country') return { country: entry.canonical, length };
  if (entry.kind === 'demonym' && entry.standsFor) return { country: entry.standsFor, length };
  return null;
}

/** Person drafts tied to each country by apposition-like patterns around their names. */
function tiesByCountry(drafts: Draft[], tokens: Token[]): Map<string, Set<Draft>> {
  const ties = new Map<string, Set<Draft>>();
  const tie = (country: string, draft: Draft) => {
    const set = ties.get(country) ?? new Set<Draft>();
    set.add(draft);
    ties.set(country, set);
  };
  for (const draft of drafts) {
    if (draft.type !== 'person') continue;
    for (const m of draft.mentions) {
      if (m.form !== 'name') continue;
      // "Putin of Russia"
      if (tokens[m.tokenEnd]?.text === 'of') {
        const c = countryOf(tokens, m.tokenEnd + 1);
        if (c) tie(c.country, draft);
      }
      // "Russian President Putin", "Russia's leader, Putin"
      let k = m.tokenStart - 1;
      while (k >= 0 && (TITLES[tokens[k]!.text] !== undefined || tokens[k]!.text === ',')) k--;
      for (let back = 0; back < 4 && k - back >= 0; back++) {
        const at = k - back;
        if (POSSESSIVE.has(tokens[at]!.text)) continue;
        const c = countryOf(tokens, at);
        if (c && at + c.length >= k - 2) tie(c.country, draft);
        if (c) break;
      }
    }
  }
  return ties;
}

/** Adds "the <demonym> <role>" descriptions to the one person tied to that country. */
export function attachDescriptions(drafts: Draft[], text: string, tokens: Token[]): void {
  let ties: Map<string, Set<Draft>> | null = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!/^the$/i.test(tokens[i]!.text)) continue;
    const match = matchAt(tokens, i + 1);
    if (!match || match.entry.kind !== 'demonym' || !match.entry.standsFor) continue;
    const roleAt = i + 1 + match.length;
    const one = tokens[roleAt]?.text.toLowerCase() ?? '';
    const two = `${one} ${tokens[roleAt + 1]?.text.toLowerCase() ?? ''}`;
    const roleLength = ROLE_NOUNS.has(two) ? 2 : ROLE_NOUNS.has(one) ? 1 : 0;
    if (!roleLength) continue;
    ties ??= tiesByCountry(drafts, tokens);
    const people = ties.get(match.entry.standsFor);
    if (people?.size !== 1) continue;
    const [person] = people;
    const end = roleAt + roleLength;
    person!.mentions.push({
      start: tokens[i]!.start,
      end: tokens[end - 1]!.end,
      text: text.slice(tokens[i]!.start, tokens[end - 1]!.end),
      form: 'description',
      tokenStart: i,
      tokenEnd: end,
    });
    i = end - 1;
  }
}
