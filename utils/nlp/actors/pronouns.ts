/**
 * Third-person pronouns to people. A pronoun links to the nearest sentence (its own, before it,
 * or up to two back) that mentions a gender-compatible person; when that sentence has several,
 * only a clause-initial pronoun links, to the sentence's first-mentioned person (its subject).
 */
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import type { Draft, DraftMention } from './draft';
import { TITLES } from './lexicon';

const PRONOUNS: Record<string, 'm' | 'f'> = {
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
};
const PRONOUN_START = new Set(['h', 'H', 's', 'S']);
const CLAUSE_OPENERS = new Set([
  ',',
  ';',
  'and',
  'but',
  'however',
  'while',
  'although',
  'as',
  '“',
  '"',
]);
const LOOK_BACK = 2;

/** Gender a title before any of the person's mentions implies ("Mr. Kim" -> m). */
function titleGender(draft: Draft, tokens: Token[]): 'm' | 'f' | undefined {
  for (const m of draft.mentions) {
    const title = m.tokenStart > 0 ? TITLES[tokens[m.tokenStart - 1]!.text] : undefined;
    if (title) return title;
  }
  return undefined;
}

/** Adds pronoun mentions to the person drafts they clearly refer to. */
export function attachPronouns(drafts: Draft[], tokens: Token[], sentences: Sentence[]): void {
  const people = drafts.filter((d) => d.type === 'person' && d.mentions.length);
  if (!people.length) return;
  for (const p of people) p.gender ??= titleGender(p, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.tokenStart, s.tokenEnd));
  // Person mentions per sentence, in text order.
  const bySentence = new Map<number, { draft: Draft; mention: DraftMention }[]>();
  for (const draft of people) {
    for (const mention of draft.mentions) {
      const k = sentenceOf[mention.tokenStart]!;
      const list = bySentence.get(k) ?? [];
      list.push({ draft, mention });
      bySentence.set(k, list);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  const added: [Draft, DraftMention][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text.length > 7 || !PRONOUN_START.has(text[0]!)) continue;
    const gender = PRONOUNS[text.toLowerCase()];
    if (!gender) continue;
    const target = antecedent(i, gender, sentenceOf, bySentence, tokens);
    if (!target) continue;
    target.gender ??= gender;
    const t = tokens[i]!;
    added.push([
      target,
      { start: t.start, end: t.end, text: t.text, form: 'pronoun', tokenStart: i, tokenEnd: i + 1 },
    ]);
  }
  for (const [draft, mention] of added) draft.mentions.push(mention);
}

function antecedent(
  i: number,
  gender: 'm' | 'f',
  sentenceOf: Int32Array,
  bySentence: Map<number, { draft: Draft; mention: DraftMention }[]>,
  tokens: Token[],
): Draft | undefined {
  const here = sentenceOf[i]!;
  for (let k = here; k >= 0 && k >= here - LOOK_BACK; k--) {
    const candidates = (bySentence.get(k) ?? []).filter(
      (c) => c.mention.tokenEnd <= i && (!c.draft.gender || c.draft.gender === gender),
    );
    if (!candidates.length) continue;
    const distinct = new Set(candidates.map((c) => c.draft));
    if (distinct.size === 1) return candidates[0]!.draft;
    const prev = i > 0 ? tokens[i - 1]!.text.toLowerCase() : '';
    const clauseInitial = i === 0 || sentenceOf[i - 1] !== here || CLAUSE_OPENERS.has(prev);
    return clauseInitial ? candidates[0]!.draft : undefined;
  }
  return undefined;
}
