/**
 * Cues of appearance ("seems", "appeared to", "does not seem"): PolNeAR gives them no source,
 * since nobody is said to say anything; their subject is part of what appears ("The closures
 * | appear | to have brought some stability": content "The closures" + "to have brought ...").
 * In train, 188 of 235 such cues have no source. A longer cue ("appeared pleased with",
 * "seemed to be worried about") names an attitude of its subject and keeps it as speaker.
 */
import type { ClaimDraft } from './assemble';
import type { ClaimContext } from './context';

const APPEAR = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Words that may stand in such a cue around the verb without making it an attitude. */
const AROUND = new Set(
  "to like did do does not n't n’t don't don’t doesn't doesn’t didn't didn’t also still would could may might".split(
    ' ',
  ),
);

/** Whether a cue (token range) is a bare verb of appearance. */
export function isAppearanceCue(ctx: ClaimContext, cue: [number, number]): boolean {
  let verbs = 0;
  for (let i = cue[0]; i < cue[1]; i++) {
    const w = ctx.lower[i]!;
    if (APPEAR.has(w)) verbs++;
    else if (!AROUND.has(w)) return false;
  }
  return verbs === 1;
}

/** Appearance cues lose their source; a source before the cue becomes a content piece. */
export function dropAppearanceSources(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    if (!d.source || !isAppearanceCue(ctx, d.cue)) continue;
    if (d.source[1] <= d.cue[0]) {
      d.content = [d.source, ...d.content].sort((x, y) => x[0] - y[0]);
    }
    d.source = null;
  }
}
