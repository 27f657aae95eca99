/**
 * Word lists for attribution: reporting and belief verbs by the kind of claim they make, with
 * their inflections, plus hedges, negators and the heads of anonymous sources. The learned
 * taggers decide where cues are; these lists only name what a found cue does and give the
 * taggers a dictionary feature.
 */
import type { ClaimKind } from '../types';

const KIND_LEMMAS: Record<Exclude<ClaimKind, 'other'>, string> = {
  denial: 'deny reject dismiss refute rebut dispute disavow contradict repudiate deflect downplay',
  accusation:
    'accuse blame denounce condemn criticize criticise attack slam charge lambast fault blast ' +
    'assail decry rebuke castigate scold chide mock ridicule',
  allegation: 'allege claim contend assert maintain purport insinuate',
  promise: 'promise vow pledge swear guarantee commit assure',
  belief:
    'believe think feel expect hope fear worry suspect know want plan intend consider doubt ' +
    'view wish prefer like dislike hate love favor favour oppose support understand realize ' +
    'recognize assume guess imagine anticipate predict seek aim desire agree disagree',
  question: 'ask question wonder inquire enquire query',
  statement:
    'say tell state add note indicate emphasize emphasise stress explain announce report write ' +
    'call describe insist argue warn suggest declare mention reveal disclose confirm acknowledge ' +
    'admit concede remark observe comment reply respond answer tweet post testify testified ' +
    'recall recount point urge recommend propose demand signal show find conclude estimate ' +
    'brag boast joke quip complain lament concede speak talk announce predict caution advise ' +
    'describe label dub term characterize characterise praise hail welcome thank defend ' +
    'declare proclaim repeat reiterate echo retort counter shout yell whisper muse',
};

const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  thought: 'think',
  wrote: 'write',
  written: 'write',
  knew: 'know',
  known: 'know',
  felt: 'feel',
  saw: 'see',
  seen: 'see',
  spoke: 'speak',
  spoken: 'speak',
  swore: 'swear',
  sworn: 'swear',
  found: 'find',
  shown: 'show',
  understood: 'understand',
  sought: 'seek',
  testified: 'testify',
};

/** Lemma of a lower-cased word, by irregular table then suffix rules; unknown forms stay as they are. */
export function lemma(word: string): string {
  const irr = IRREGULAR[word];
  if (irr) return irr;
  if (KIND_OF.has(word)) return word;
  const tries: string[] = [];
  if (word.endsWith('ies')) tries.push(word.slice(0, -3) + 'y');
  if (word.endsWith('ied')) tries.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) tries.push(word.slice(0, -2));
  if (word.endsWith('s')) tries.push(word.slice(0, -1));
  if (word.endsWith('ed')) tries.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('ing'))
    tries.push(word.slice(0, -3), word.slice(0, -3) + 'e', word.slice(0, -4));
  if (word.endsWith('ion')) tries.push(word.slice(0, -3), word.slice(0, -3) + 'e');
  if (word.endsWith('ation')) tries.push(word.slice(0, -5), word.slice(0, -5) + 'e');
  for (const t of tries) if (KIND_OF.has(t)) return t;
  return word;
}

const KIND_OF = new Map<string, ClaimKind>();
for (const [kind, words] of Object.entries(KIND_LEMMAS)) {
  for (const w of words.split(/\s+/)) if (!KIND_OF.has(w)) KIND_OF.set(w, kind as ClaimKind);
}
KIND_OF.set('according', 'statement');
KIND_OF.set('allegation', 'allegation');
KIND_OF.set('accusation', 'accusation');
KIND_OF.set('denial', 'denial');
KIND_OF.set('statement', 'statement');
KIND_OF.set('view', 'belief');
KIND_OF.set('opinion', 'belief');
KIND_OF.set('belief', 'belief');
KIND_OF.set('criticism', 'accusation');

/** The kind of claim a cue word makes, or undefined for words that are not known cues. */
export function kindOfWord(word: string): ClaimKind | undefined {
  return KIND_OF.get(lemma(word.toLowerCase()));
}

/** Words that make a cue negated when they sit in or right before it. */
export const NEGATORS = new Set([
  'not',
  "n't",
  'n’t',
  'never',
  'no',
  'declined',
  'declines',
  'decline',
  'refused',
  'refuses',
  'refuse',
  'neither',
  'nor',
  'without',
]);

/** Words that hedge a claim's content or cue. */
export const HEDGES = new Set(
  (
    'may might could possibly perhaps reportedly allegedly apparently seemingly likely unlikely ' +
    'probably presumably suggest suggests suggested appear appears appeared seem seems seemed ' +
    'purportedly supposedly maybe'
  ).split(' '),
);

/** Head words of sources that name nobody in particular ("officials", "a person familiar"). */
export const ANONYMOUS_HEADS = new Set(
  (
    'official officials source sources aide aides person people insider insiders adviser ' +
    'advisers advisor advisors diplomat diplomats someone somebody others some many ' +
    'staffer staffers operative operatives strategist strategists investigators authorities'
  ).split(' '),
);
