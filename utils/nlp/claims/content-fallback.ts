/**
 * Contents for cues the role tagger left without one: the quotation that closes just before
 * the cue in its sentence ("“...,” he said"), else the free words after the cue up to the
 * sentence end ("recalled in 2008 that ..."). Either stays inside one sentence or quotation.
 */
import { takenTokens, type ClaimDraft } from './assemble';
import type { ClaimContext } from './context';

const TRAILING = new Set(['.', '!', '?', ',', ';', ':', '”', '"', '’', "'", '»', ')']);

/** The quotation whose closing mark sits at most 3 tokens before the cue, as a token range. */
function quoteBefore(ctx: ClaimContext, d: ClaimDraft, from: number): [number, number] | null {
  const { id, mark } = ctx.quotes;
  for (let i = d.cue[0] - 1; i >= Math.max(from, d.cue[0] - 3); i--) {
    if (mark[i] !== 2) continue;
    const q = id[i]!;
    let a = i;
    while (a > from && id[a - 1] === q) a--;
    return [a, i + 1];
  }
  return null;
}

function free(taken: Uint8Array, [a, b]: [number, number]): boolean {
  for (let i = a; i < b; i++) if (taken[i]) return false;
  return true;
}

/** Fills empty contents of drafts from the structure around their cue. */
export function fillEmptyContents(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  let taken: Uint8Array | null = null;
  for (const d of drafts) {
    if (d.content.length) continue;
    taken ??= takenTokens(ctx, drafts);
    const sent = ctx.sentences[ctx.sentOf[d.cue[0]]!]!;
    let range = quoteBefore(ctx, d, sent.tokenStart);
    if (!range) {
      let end = d.cue[1];
      while (end < sent.tokenEnd && !taken[end]) end++;
      while (end > d.cue[1] && TRAILING.has(ctx.lower[end - 1]!)) end--;
      if (end - d.cue[1] >= 2) range = [d.cue[1], end];
    }
    if (!range || !free(taken, range)) continue;
    d.content = [range];
    taken.fill(1, range[0], range[1]);
  }
}
