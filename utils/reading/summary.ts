/**
 * What the article panel shows for one tab: actors ranked by mentions, claims grouped by
 * speaker, named versus anonymous sources, and the reader's notes with how they were found
 * again. Built from the analysis in the content script; crosses to the panel as plain data.
 */
import type { Actor, ActorType, Analysis, Claim } from '../nlp/types';

/** An actor as the panel lists it. */
export interface ActorSummary {
  id: string;
  name: string;
  type: ActorType;
  mentions: number;
  /** The distinct ways this article refers to the actor ("Mr. Putin", "he"). */
  aliases: string[];
  /** Places that stand for this actor here ("the Kremlin" for Russia), each with its mentions. */
  standIns: { id: string; name: string; mentions: number }[];
}

/** A claim as the panel lists it. */
export interface ClaimSummary {
  id: string;
  kind: Claim['kind'];
  cue: string;
  content?: string;
  quoted: Claim['quoted'];
  negated?: boolean;
  hedged?: boolean;
}

/** Everything one speaker says in the article. */
export interface SpeakerSummary {
  /** Canonical name, the source's own words, or empty for a claim with no source. */
  name: string;
  actorId?: string;
  /** No named actor behind it ("officials said", or no source at all). */
  anonymous: boolean;
  claims: ClaimSummary[];
}

/** A saved note and how it was found again. */
export interface NoteSummary {
  id: string;
  status: 'exact' | 'moved' | 'changed' | 'orphan';
  /** The text as saved. */
  quote: string;
  /** The text found now, when it differs from the saved one. */
  now?: string;
  note: string;
}

/** The panel's view of one tab. */
export interface ReadingSummary {
  title: string;
  url: string;
  actors: ActorSummary[];
  speakers: SpeakerSummary[];
  sources: { named: number; anonymous: number };
  claimCount: number;
  notes: NoteSummary[];
  /** Highlight groups the reader switched off in this tab ('all' for every group). */
  hidden: string[];
  /** The reader turned Margin off on this site: nothing else is filled in. */
  siteOff: boolean;
}

/** The summary of a tab with no reading: only the page and the site switch. */
export function offSummary(title: string, url: string, siteOff: boolean): ReadingSummary {
  return {
    title,
    url,
    actors: [],
    speakers: [],
    sources: { named: 0, anonymous: 0 },
    claimCount: 0,
    notes: [],
    hidden: [],
    siteOff,
  };
}

/** The actor's distinct surface forms, most frequent first. */
export function aliasesOf(actor: Actor): string[] {
  const counts = new Map<string, number>();
  for (const m of actor.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

/**
 * Actors by mentions, most first (ties by name). A metonym ("Washington" for the United States
 * government) is listed with the actor it stands for, not on its own, and counts towards its
 * rank: the reader sees one United States, reached as "Washington" too.
 */
export function rankActors(analysis: Analysis): ActorSummary[] {
  const byId = new Map(analysis.actors.map((a) => [a.id, a]));
  const standsFor = (a: Actor) => (a.refersTo ? byId.get(a.refersTo) : undefined);
  const listed = analysis.actors
    .filter((a) => !standsFor(a))
    .map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      mentions: a.mentions.length,
      aliases: aliasesOf(a),
      standIns: analysis.actors
        .filter((m) => standsFor(m) === a)
        .map((m) => ({ id: m.id, name: m.name, mentions: m.mentions.length })),
    }));
  const total = (a: ActorSummary) => a.standIns.reduce((n, m) => n + m.mentions, a.mentions);
  return listed.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
}

/** Claims grouped by who makes them: named speakers by claim count first, anonymous last. */
export function claimsBySpeaker(analysis: Analysis): SpeakerSummary[] {
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const speakers = new Map<string, SpeakerSummary>();
  for (const claim of analysis.claims) {
    const actor = claim.source?.actor ? actors.get(claim.source.actor) : undefined;
    const named = Boolean(actor?.mentions.some((m) => m.form === 'name'));
    const name = named ? actor!.name : (claim.source?.text ?? '');
    const key = named ? `actor:${actor!.id}` : `text:${name.toLowerCase()}`;
    let speaker = speakers.get(key);
    if (!speaker) {
      speaker = { name, actorId: named ? actor!.id : undefined, anonymous: !named, claims: [] };
      speakers.set(key, speaker);
    }
    speaker.claims.push({
      id: claim.id,
      kind: claim.kind,
      cue: claim.cue.text,
      content: claim.content?.text,
      quoted: claim.quoted,
      negated: claim.negated,
      hedged: claim.hedged,
    });
  }
  return [...speakers.values()].sort(
    (a, b) => Number(a.anonymous) - Number(b.anonymous) || b.claims.length - a.claims.length,
  );
}

/** Counts of claims with a named source and claims without one. */
export function sourceCounts(speakers: SpeakerSummary[]): { named: number; anonymous: number } {
  let named = 0;
  let anonymous = 0;
  for (const s of speakers) {
    if (s.anonymous) anonymous += s.claims.length;
    else named += s.claims.length;
  }
  return { named, anonymous };
}
