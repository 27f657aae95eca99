/**
 * PolNeAR's cue spans take in the verb group around the reporting word: auxiliaries and
 * negation ("has said", "did not say", "might not view", "is expected"). The cue tagger often
 * marks the reporting word alone, and the role tagger, trained on gold cues, then reads the
 * stray auxiliary as a speaker or a content ("has" as the source of "said"). Growing the cue
 * over those words gives the role stage the cue shape it learnt.
 */
import type { ClaimContext } from './context';

const GROUP_BEFORE = new Set(
  (
    'has have had is are was were be been being am will would could should can may might must ' +
    "did does do not n't n’t never"
  ).split(' '),
);

/** Grows each cue (sorted token ranges) leftwards over the auxiliaries and negation before it. */
export function growCues(ctx: ClaimContext, cues: [number, number][]): [number, number][] {
  return cues.map(([a, b], k): [number, number] => {
    const floor = Math.max(k > 0 ? cues[k - 1]![1] : 0, ctx.sentences[ctx.sentOf[a]!]!.tokenStart);
    let start = a;
    while (start > floor && GROUP_BEFORE.has(ctx.lower[start - 1]!)) start--;
    return [start, b];
  });
}
