/**
 * The claim stage: who said, claimed, denied or accused what. Two trained taggers find cues and
 * then sources and contents (see pipeline.ts); this module turns their drafts into `Claim`s,
 * links sources to actors and names what each claim does.
 */
import type { Actor, Claim, ClaimSource, Span } from '../types';
import type { Token } from '../tokenize';
import type { Sentence } from '../sentences';
import type { ClaimDraft } from './assemble';
import { classify } from './classify';
import type { ClaimContext } from './context';
import { linkSource, mentionIndex } from './link';
import { mentionClasses } from './mentions';
import { claimModels } from './model';
import { draftClaims } from './pipeline';

function span(ctx: ClaimContext, [a, b]: [number, number]): Span {
  const start = ctx.tokens[a]!.start;
  const end = ctx.tokens[b - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/**
 * A cue with no source of its own ("..., calling it a breakthrough", "Denouncing the US,
 * Mr. Putin rejected ...", "X did not name him but told reporters") speaks for the subject of
 * the nearest other claim in its sentence. Passive cues ("was asked") keep no source.
 */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

function inheritSources(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    if (d.source) continue;
    const words = ctx.lower.slice(d.cue[0], d.cue[1]);
    if (words.some((w) => PASSIVE_AUX.has(w))) continue;
    const sent = ctx.sentOf[d.cue[0]];
    let best: ClaimDraft | null = null;
    for (const o of drafts) {
      if (o === d || !o.source || ctx.sentOf[o.cue[0]] !== sent) continue;
      if (!best || Math.abs(o.cue[0] - d.cue[0]) < Math.abs(best.cue[0] - d.cue[0])) best = o;
    }
    if (best) d.source = best.source;
  }
}

/** Finds the claims in a text and links their sources to `actors`. */
export function findClaims(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  actors: Actor[],
): Claim[] {
  if (tokens.length === 0) return [];
  const mention = mentionClasses(tokens, actors);
  const { ctx, drafts } = draftClaims(text, tokens, sentences, claimModels(), mention);
  inheritSources(ctx, drafts);
  const index = mentionIndex(actors);
  return drafts.map((d, k) => {
    const parts = d.content.map((c) => span(ctx, c));
    const source: ClaimSource | null = d.source
      ? linkSource(span(ctx, d.source), index, text)
      : null;
    const { kind, quoted, negated, hedged } = classify(ctx, d);
    const claim: Claim = {
      id: `c${k + 1}`,
      kind,
      cue: span(ctx, d.cue),
      source,
      content: parts[0] ?? null,
      quoted,
    };
    if (parts.length > 1) claim.contentParts = parts;
    if (negated) claim.negated = true;
    if (hedged) claim.hedged = true;
    return claim;
  });
}
