/** Which highlight group each actor mention and claim part is painted in, and in what order. */
import type { ActorType, Analysis } from '../nlp/types';

/** Colours a reader can give a highlight. */
export type NoteColour = 'yellow' | 'green' | 'blue' | 'pink';

/** The automatic groups: one per actor type, claim cue and claim content. */
export const AUTOMATIC_GROUPS = [
  'margin-person',
  'margin-organization',
  'margin-place',
  'margin-other',
  'margin-cue',
  'margin-content',
] as const;

/** The reader's groups, one per colour; yellow keeps the original `margin-note` name. */
export const NOTE_GROUPS = {
  yellow: 'margin-note',
  green: 'margin-note-green',
  blue: 'margin-note-blue',
  pink: 'margin-note-pink',
} as const satisfies Record<NoteColour, string>;

/** A highlight group's name; `::highlight(<name>)` rules in highlights.css style it. */
export type GroupName =
  (typeof AUTOMATIC_GROUPS)[number] | (typeof NOTE_GROUPS)[NoteColour] | 'margin-flash';

/** Paint order: a flash on top, the reader's notes, then cues, actors, and claim content. */
export const GROUP_PRIORITY: Record<GroupName, number> = {
  'margin-flash': 50,
  'margin-note': 40,
  'margin-note-green': 40,
  'margin-note-blue': 40,
  'margin-note-pink': 40,
  'margin-cue': 30,
  'margin-person': 20,
  'margin-organization': 20,
  'margin-place': 20,
  'margin-other': 20,
  'margin-content': 10,
};

const ACTOR_GROUP: Record<ActorType, GroupName> = {
  person: 'margin-person',
  organization: 'margin-organization',
  place: 'margin-place',
  other: 'margin-other',
};

/** The group of an actor type. */
export function actorGroup(type: ActorType): GroupName {
  return ACTOR_GROUP[type];
}

/** The group of a note colour (unknown colours paint yellow). */
export function noteGroup(colour: string | undefined): GroupName {
  return NOTE_GROUPS[colour as NoteColour] ?? NOTE_GROUPS.yellow;
}

/** An offset range in the analysed text. */
export interface OffsetSpan {
  start: number;
  end: number;
}

/** Sorts an analysis into highlight groups of text offsets. */
export function groupSpans(analysis: Analysis): Map<GroupName, OffsetSpan[]> {
  const groups = new Map<GroupName, OffsetSpan[]>();
  const push = (name: GroupName, span: OffsetSpan) => {
    if (span.end <= span.start) return;
    const list = groups.get(name) ?? [];
    list.push({ start: span.start, end: span.end });
    groups.set(name, list);
  };
  for (const actor of analysis.actors) {
    for (const mention of actor.mentions) push(ACTOR_GROUP[actor.type], mention);
  }
  for (const claim of analysis.claims) {
    push('margin-cue', claim.cue);
    if (claim.content) push('margin-content', claim.content);
  }
  return groups;
}
