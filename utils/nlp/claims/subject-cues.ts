/**
 * Cues the tagger lets pass where the speaker is plain to see: a reporting verb right after an
 * actor mention ("munitions that Washington claims North Korea has provided"; the tagger rarely
 * saw such a speaker speak in training) and a transcript speaker label ("Matthews: Well, ...").
 * Only in sentences with no cue yet, outside quotations, so no attribution is nested inside
 * another (PolNeAR marks the outermost only).
 */
import type { ClaimContext } from './context';

const FINITE_RE = /^[\p{Ll}]+(?:[^s]s|ed)$/u;
const IRREGULAR_PAST = new Set(['said', 'told', 'thought', 'wrote', 'knew', 'felt', 'swore']);
const WORD_RE = /^[\p{L}\p{N}]/u;

/**
 * Transcript speaker labels ("Matthews: Well, speculation is bad."): a colon right after a
 * person's name that opens its sentence is the cue, when the sentence has none yet.
 */
function speakerLabelCue(ctx: ClaimContext, i: number): boolean {
  if (ctx.lower[i] !== ':' || i === 0 || i + 1 >= ctx.tokens.length) return false;
  const s = ctx.sentOf[i]!;
  const first = ctx.sentences[s]!.tokenStart;
  if (ctx.sentOf[i + 1] !== s || !WORD_RE.test(ctx.tokens[i + 1]!.text)) return false;
  for (let j = first; j < i; j++) if ((ctx.mention[j]! & 15) !== 1) return false;
  return ctx.mention[first]! >= 16 && i - first <= 3;
}

/**
 * Adds one-word cues for finite reporting verbs after a mention and for transcript speaker
 * labels, in cue-less sentences.
 */
export function addSubjectVerbCues(
  ctx: ClaimContext,
  cues: [number, number][],
): [number, number][] {
  const hasCue = new Uint8Array(ctx.sentences.length);
  for (const [a] of cues) hasCue[ctx.sentOf[a]!] = 1;
  const added: [number, number][] = [];
  const n = ctx.tokens.length;
  for (let i = 1; i + 1 < n; i++) {
    const s = ctx.sentOf[i]!;
    if (!hasCue[s] && ctx.quotes.id[i] === 0 && speakerLabelCue(ctx, i)) {
      added.push([i, i + 1]);
      hasCue[s] = 1;
      continue;
    }
    if (hasCue[s] || !ctx.kind[i] || ctx.mention[i] || !ctx.mention[i - 1]) continue;
    if (ctx.sentOf[i - 1] !== s || ctx.sentOf[i + 1] !== s || ctx.quotes.id[i]! > 0) continue;
    const w = ctx.lower[i]!;
    if (!FINITE_RE.test(w) && !IRREGULAR_PAST.has(w)) continue;
    if (!WORD_RE.test(ctx.tokens[i + 1]!.text)) continue;
    added.push([i, i + 1]);
    hasCue[s] = 1;
  }
  if (!added.length) return cues;
  return [...cues, ...added].sort((x, y) => x[0] - y[0]);
}
