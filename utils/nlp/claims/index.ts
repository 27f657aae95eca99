/**
 * The claim stage: who said, claimed, denied or accused what. Two trained taggers find cues and
 * then sources and contents (see pipeline.ts); this module turns their drafts into `Claim`s,
 * links sources to actors and names what each claim does.
 */
import type { Actor, Claim, ClaimSource, Span } from '../types';
import type { Token } from '../tokenize';
import type { Sentence } from '../sentences';
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
 * The part a reader of `content` alone should get: the longest. A piece the role tagger took
 * from a clause before the speaker is often a fragment of another claim's content ("Citing
 * the talks with Tokyo, she rejected reports that ..."), while the reported proposition is the
 * bulk of the content; for "“A,” she said. “B.”" either quotation is the content.
 */
function mainPart(parts: Span[]): Span | null {
  let best: Span | null = null;
  for (const p of parts) if (!best || p.end - p.start > best.end - best.start) best = p;
  return best;
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
      content: mainPart(parts),
      quoted,
    };
    if (parts.length > 1) claim.contentParts = parts;
    if (negated) claim.negated = true;
    if (hedged) claim.hedged = true;
    return claim;
  });
}
