/**
 * Splits capitals and seats of power by reading: "Washington claims" and "the Kremlin's
 * support" become an actor that refersTo the state; "in Washington" stays a place. Local cues
 * decide first (possessive, a reporting or agentive verb, a locative preposition), then the
 * classifier trained on ReLocaR and SemEval.
 */
import type { Token } from '../tokenize';
import type { Draft } from './draft';
import { lookupName, type GazetteerEntry } from './gazetteer';
import { isMetonymic } from './metonymy';
import { metonymyModel } from './model';

const LOCATIVE = new Set(
  'in at near outside inside into around across via through throughout toward towards within'.split(
    ' ',
  ),
);
const AGENTIVE = new Set(
  (
    'said says say claims claimed claim accused accuses warned warns denied denies insisted insists ' +
    'announced announces argued argues believes believed wants wanted has have had will would ' +
    'responded rejected rejects condemned condemns urged urges demanded demands signed agreed ' +
    'threatened threatens refused refuses confirmed confirms sent sends supplied supplies provided ' +
    'provides backed backs supported supports imposed imposes vowed vows hopes hoped fears feared ' +
    'sought seeks considers considered plans planned is was'
  ).split(' '),
);
const POSSESSIVE = new Set(["'s", '’s']);
// "secured from Moscow": the source of something obtained is an agent, not a place.
const OBTAINED = new Set(
  (
    'secured received obtained won got gained bought purchased imported demanded requested ' +
    'sought won extracted wrested'
  ).split(' '),
);

function decide(entry: GazetteerEntry, tokens: Token[], start: number, end: number): boolean {
  let before = start - 1;
  if (before >= 0 && /^the$/i.test(tokens[before]!.text)) before--;
  const prev = before >= 0 ? tokens[before]!.text.toLowerCase() : '';
  const next = end < tokens.length ? tokens[end]!.text : '';
  if (LOCATIVE.has(prev)) return false;
  if (prev === 'from' && before > 0 && OBTAINED.has(tokens[before - 1]!.text.toLowerCase()))
    return true;
  if (POSSESSIVE.has(next) || AGENTIVE.has(next.toLowerCase())) return true;
  if (entry.kind === 'seat') return true;
  return isMetonymic(metonymyModel(), tokens, start, end);
}

/** Moves metonymic mentions of capitals and seats into actors that refer to their state. */
export function splitMetonyms(drafts: Draft[], tokens: Token[]): Draft[] {
  const out = [...drafts];
  const byName = new Map(drafts.map((d) => [d.name, d]));
  for (const draft of drafts) {
    const entry = lookupName(draft.name) ?? lookupName(draft.mentions[0]?.text ?? '');
    if (!entry?.standsFor || (entry.kind !== 'capital' && entry.kind !== 'seat')) continue;
    const metonymic = draft.mentions.filter((m) => decide(entry, tokens, m.tokenStart, m.tokenEnd));
    if (!metonymic.length) continue;
    let state = byName.get(entry.standsFor);
    if (!state) {
      const kind = lookupName(entry.standsFor)?.kind;
      state = {
        key: `=${entry.standsFor}`,
        name: entry.standsFor,
        type: kind === 'org' ? 'organization' : 'place',
        mentions: [],
      };
      byName.set(state.name, state);
      out.push(state);
    }
    draft.mentions = draft.mentions.filter((m) => !metonymic.includes(m));
    out.push({
      key: `${draft.key}~${state.key}`,
      name: draft.name,
      type: draft.type,
      refersTo: state.key,
      mentions: metonymic,
    });
  }
  return out;
}
