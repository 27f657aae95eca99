/**
 * A reporting verb right after an actor mention ("Washington claims North Korea has ...",
 * "munitions that Washington claims ...") is a cue even where the cue tagger, which rarely saw
 * that speaker speak in training, let it pass. Only in sentences with no cue yet, outside
 * quotations, so no attribution is nested inside another (PolNeAR marks the outermost only).
 */
import type { ClaimContext } from './context';

const FINITE_RE = /^[\p{Ll}]+(?:[^s]s|ed)$/u;
const IRREGULAR_PAST = new Set(['said', 'told', 'thought', 'wrote', 'knew', 'felt', 'swore']);
const WORD_RE = /^[\p{L}\p{N}]/u;

/** Adds one-word cues for finite reporting verbs after a mention, in cue-less sentences. */
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
