/** Actors under construction: mentions keep token ranges until the final Actor shape is built. */
import type { Actor, ActorType, Mention } from '../types';

/** A mention with the token range it covers. */
export interface DraftMention extends Mention {
  tokenStart: number;
  tokenEnd: number;
}

/** An actor being assembled; `key` is stable within one text, ids come last. */
export interface Draft {
  key: string;
  name: string;
  type: ActorType;
  refersTo?: string;
  mentions: DraftMention[];
  gender?: 'm' | 'f';
}

/** Final actors: ids a1, a2... in order of first mention; refersTo keys become ids. */
export function finishActors(drafts: Draft[]): Actor[] {
  const live = drafts.filter(
    (d) => d.mentions.length > 0 || drafts.some((o) => o.refersTo === d.key),
  );
  for (const d of live) d.mentions.sort((a, b) => a.start - b.start);
  live.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  const ids = new Map(live.map((d, i) => [d.key, `a${i + 1}`]));
  return live.map((d) => {
    const actor: Actor = {
      id: ids.get(d.key)!,
      name: d.name,
      type: d.type,
      mentions: d.mentions.map((m) => {
        const out: Mention = { start: m.start, end: m.end, text: m.text, form: m.form };
        if (m.type) out.type = m.type;
        return out;
      }),
    };
    const target = d.refersTo && ids.get(d.refersTo);
    if (target) actor.refersTo = target;
    return actor;
  });
}
