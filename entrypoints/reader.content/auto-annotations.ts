/** Turns an analysis into the automatic annotations stored with an article. */
import { describe } from '../../utils/anchoring/describe';
import type { AutoAnnotationInput } from '../../utils/db/articles';
import type { Analysis, Claim, Span } from '../../utils/nlp/types';

/**
 * One annotation per actor (anchored at its first named mention) and one per claim (anchored
 * on the whole attribution), so the popup can list what an article says and who says it.
 */
export function autoAnnotations(
  text: string,
  analysis: Analysis,
  source: string,
): AutoAnnotationInput[] {
  const out: AutoAnnotationInput[] = [];
  const names = new Map(analysis.actors.map((actor) => [actor.id, actor.name]));
  for (const actor of analysis.actors) {
    const first = actor.mentions.find((m) => m.form === 'name') ?? actor.mentions[0];
    if (!first) continue;
    const standsFor = actor.refersTo ? names.get(actor.refersTo) : undefined;
    out.push({
      kind: 'actor',
      target: { source, selector: describe(text, first.start, first.end) },
      actor: {
        name: actor.name,
        type: actor.type,
        form: first.form,
        mentionCount: actor.mentions.length,
        ...(standsFor ? { standsFor } : {}),
      },
    });
  }
  for (const claim of analysis.claims) {
    const { start, end } = claimExtent(claim);
    out.push({
      kind: 'claim',
      target: { source, selector: describe(text, start, end) },
      claim: {
        kind: claim.kind,
        speaker: (claim.source?.actor && names.get(claim.source.actor)) || claim.source?.text,
        cue: claim.cue.text,
        content: claim.content?.text,
        quoted: claim.quoted,
        status: 'unverified',
        ...(claim.negated ? { negated: true as const } : {}),
        ...(claim.hedged ? { hedged: true as const } : {}),
      },
    });
  }
  return out;
}

/** The span from the first to the last part of a claim (source, cue, content). */
export function claimExtent(claim: Claim): { start: number; end: number } {
  const parts: Span[] = [
    claim.cue,
    ...(claim.source ? [claim.source] : []),
    ...(claim.content ? [claim.content] : []),
  ];
  return {
    start: Math.min(...parts.map((p) => p.start)),
    end: Math.max(...parts.map((p) => p.end)),
  };
}
