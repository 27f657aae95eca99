/** Which highlight group each actor mention and claim part is painted in, and in what order. */
import type { ActorType, Analysis } from '../nlp/types';

/** A highlight group's name; `::highlight(<name>)` rules in highlights.css style it. */
export type GroupName =
  | 'margin-person'
  | 'margin-organization'
  | 'margin-place'
  | 'margin-other'
  | 'margin-cue'
  | 'margin-content'
  | 'margin-note';

/** Paint order: the reader's notes on top, then cues, actors, and claim content underneath. */
export const GROUP_PRIORITY: Record<GroupName, number> = {
  'margin-note': 40,
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
