/** What lies under a point of the article: actors, claims and notes, and their cards' data. */
import type { CardData } from '../../components/margin-card';
import type { AnnotationRecord } from '../../utils/db/schema';
import type { OffsetSpan } from '../../utils/highlight/groups';
import { createSpanIndex, type SpanIndex } from '../../utils/highlight/span-index';
import type { Actor, Claim } from '../../utils/nlp/types';
import { aliasesOf } from '../../utils/reading/summary';
import { claimExtent } from './auto-annotations';
import type { Reading, RestoredNote } from './reader';

/** One thing a card can be about. */
export type Item =
  | { kind: 'actor'; actor: Actor }
  | { kind: 'claim'; claim: Claim }
  | { kind: 'note'; note: RestoredNote };

/** Indexes every actor mention, claim part and placed note of a reading. */
export function indexReading(reading: Reading): SpanIndex<Item> {
  const spans: { start: number; end: number; item: Item }[] = [];
  for (const actor of reading.analysis?.actors ?? []) {
    const item: Item = { kind: 'actor', actor };
    for (const m of actor.mentions) spans.push({ start: m.start, end: m.end, item });
  }
  for (const claim of reading.analysis?.claims ?? []) {
    const item: Item = { kind: 'claim', claim };
    for (const part of [claim.cue, claim.content]) {
      if (part) spans.push({ start: part.start, end: part.end, item });
    }
  }
  for (const note of reading.notes) {
    if (note.span && note.record.kind === 'highlight') {
      spans.push({ ...note.span, item: { kind: 'note', note } });
    }
  }
  return createSpanIndex(spans);
}

/** The text span an item is shown at. */
export function itemSpan(item: Item): OffsetSpan {
  if (item.kind === 'actor') {
    const first = item.actor.mentions.find((m) => m.form === 'name') ?? item.actor.mentions[0];
    return first ?? { start: 0, end: 0 };
  }
  if (item.kind === 'claim') return claimExtent(item.claim);
  return item.note.span ?? { start: 0, end: 0 };
}

/** The stored annotation of a claim (automatic, or saved by the reader), if any. */
export function claimRecord(reading: Reading, claim: Claim): AnnotationRecord | undefined {
  const { start, end } = claimExtent(claim);
  const at = (r: AnnotationRecord) =>
    r.kind === 'claim' && r.target.selector[1].start === start && r.target.selector[1].end === end;
  return reading.notes.map((n) => n.record).find(at) ?? reading.records.find(at);
}

/** The card for an item. */
export function cardData(reading: Reading, item: Item, message?: string): CardData {
  const actors = new Map((reading.analysis?.actors ?? []).map((a) => [a.id, a]));
  if (item.kind === 'actor') {
    const { actor } = item;
    const all = reading.analysis?.actors ?? [];
    // A claim whose source is a metonym is linked to the actor it stands for ("Washington
    // claims" to the United States): the metonym's card lists it too. Only a metonym's: a
    // source such as "Mr. Putin's spokesman" starts at Putin's mention and is not his.
    const says = (c: Claim) =>
      c.source?.actor === actor.id ||
      (actor.refersTo !== undefined &&
        actor.mentions.some((m) => c.source && m.start === c.source.start));
    return {
      kind: 'actor',
      name: actor.name,
      type: actor.type,
      aliases: aliasesOf(actor),
      mentions: actor.mentions.length,
      standsFor: actor.refersTo ? actors.get(actor.refersTo)?.name : undefined,
      standIns: all.filter((a) => a.refersTo === actor.id).map((a) => a.name),
      claims: (reading.analysis?.claims ?? [])
        .filter(says)
        .map((c) => ({ cue: c.cue.text, content: c.content?.text })),
    };
  }
  if (item.kind === 'claim') {
    const { claim } = item;
    const record = claimRecord(reading, claim);
    const speaker = claim.source?.actor ? actors.get(claim.source.actor)?.name : undefined;
    return {
      kind: 'claim',
      speaker: speaker ?? claim.source?.text,
      cue: claim.cue.text,
      claimKind: claim.kind,
      quoted: claim.quoted,
      negated: claim.negated,
      hedged: claim.hedged,
      content: claim.content?.text,
      status: record?.claim?.status ?? null,
      saved: record?.origin === 'user',
      message,
    };
  }
  const { note } = item;
  return {
    kind: 'note',
    quote: note.quote,
    note: note.note,
    changed: note.status === 'changed',
    now: note.now,
  };
}
