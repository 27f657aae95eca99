/**
 * Speakers for cues the role tagger left without a source: the speaker of a sibling claim in
 * the sentence, else the nearest actor mention before the cue ("Richard Curtin, the chief
 * economist for the survey, said": the appositive is too long for the tagger) or right after
 * it ("said Mr. Curtin") that no other claim uses. Passive cues ("was asked") keep none.
 */
import { takenTokens, type ClaimDraft } from './assemble';
import type { ClaimContext } from './context';
import { isAppearanceCue } from './impersonal';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** How far after a cue an inverted speaker ("said Mr. Smith") may start. */
const AFTER = 2;

/** The mention covering token `i` as a token range, or null. */
function mentionAt(ctx: ClaimContext, i: number): [number, number] | null {
  if (!ctx.mention[i]) return null;
  let a = i;
  while (a > 0 && ctx.mention[a]! < 16 && ctx.mention[a - 1]) a--;
  let b = i + 1;
  while (b < ctx.tokens.length && ctx.mention[b] && ctx.mention[b]! < 16) b++;
  return [a, b];
}

/** Passive cues ("was asked") and appearance cues ("seems") have no speaker to find. */
function isPassive(ctx: ClaimContext, d: ClaimDraft): boolean {
  if (isAppearanceCue(ctx, d.cue)) return true;
  for (let i = d.cue[0]; i < d.cue[1]; i++) if (BE.has(ctx.lower[i]!)) return true;
  return false;
}

/** Gives source-less, non-passive cues the nearest free mention in their sentence. */
export function fillSourcesFromMentions(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  let taken: Uint8Array | null = null;
  for (const d of drafts) {
    if (d.source || isPassive(ctx, d)) continue;
    taken ??= takenTokens(ctx, drafts);
    const sent = ctx.sentences[ctx.sentOf[d.cue[0]]!]!;
    let found: [number, number] | null = null;
    for (let i = d.cue[0] - 1; i >= sent.tokenStart && !found; i--) {
      if (taken[i]) continue;
      found = mentionAt(ctx, i);
    }
    for (let i = d.cue[1]; i < Math.min(d.cue[1] + AFTER, sent.tokenEnd) && !found; i++) {
      if (!taken[i]) found = mentionAt(ctx, i);
    }
    if (!found) continue;
    d.source = found;
    taken.fill(1, found[0], found[1]);
  }
}

/**
 * A cue with no source of its own ("..., calling it a breakthrough", "Denouncing the US,
 * Mr. Putin rejected ...", "X did not name him but told reporters") speaks for the subject of
 * the nearest other claim in its sentence.
 */
export function inheritSources(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    if (d.source || isPassive(ctx, d)) continue;
    const sent = ctx.sentOf[d.cue[0]];
    let best: ClaimDraft | null = null;
    for (const o of drafts) {
      if (o === d || !o.source || ctx.sentOf[o.cue[0]] !== sent) continue;
      if (!best || Math.abs(o.cue[0] - d.cue[0]) < Math.abs(best.cue[0] - d.cue[0])) best = o;
    }
    if (best) d.source = best.source;
  }
}
