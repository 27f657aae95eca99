/**
 * Structural repairs to tagged claims where English syntax is clearer than the greedy taggers:
 * a cue made only of function words moves to the reporting word next to it, and a relative
 * clause cue ("munitions that Washington claims North Korea has provided") takes the clause
 * after it as content.
 */
import type { ClaimDraft } from './assemble';
import type { ClaimContext } from './context';

const FUNCTION_WORDS = new Set(
  'the a an of to in on at for with by from and or but that this these those it its'.split(' '),
);
const RELATIVE = new Set(['that', 'which', 'who', 'whom']);
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '—', '–', '--', '(', ')']);

/** Moves function-word-only cues onto an adjacent cue-lexicon word. */
export function repairCues(ctx: ClaimContext, cues: [number, number][]): [number, number][] {
  return cues.map(([a, b]) => {
    for (let i = a; i < b; i++) if (!FUNCTION_WORDS.has(ctx.lower[i]!)) return [a, b];
    if (a > 0 && ctx.kind[a - 1] && ctx.sentOf[a - 1] === ctx.sentOf[a]) return [a - 1, a];
    if (b < ctx.tokens.length && ctx.kind[b] && ctx.sentOf[b] === ctx.sentOf[a]) return [b, b + 1];
    return [a, b];
  });
}

/** "N that SOURCE CUE clause": the content is the clause after the cue, up to its end. */
export function repairRelativeClauses(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    if (!d.source || d.source[1] !== d.cue[0] || d.source[0] === 0) continue;
    if (!RELATIVE.has(ctx.lower[d.source[0] - 1]!)) continue;
    const next = ctx.lower[d.cue[1]];
    if (next === undefined || next === 'that' || CLAUSE_END.has(next)) continue;
    const sentEnd = ctx.sentences[ctx.sentOf[d.cue[0]]!]!.tokenEnd;
    let end = d.cue[1];
    while (end < sentEnd && !CLAUSE_END.has(ctx.lower[end]!)) end++;
    if (end > d.cue[1]) d.content = [[d.cue[1], end]];
  }
}

const TERMINAL = new Set(['.', '!', '?', '”', '"', '’', "'", '»', '…']);

/**
 * Headlines, captions and list items ("Photos: Election night in New York") have no finite
 * verb to report with; their cues only stand when a reporting word is among them.
 */
export function dropHeadlineCues(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  return drafts.filter((d) => {
    const sent = ctx.sentences[ctx.sentOf[d.cue[0]]!]!;
    const last = ctx.lower[sent.tokenEnd - 1]!;
    const ownBlock =
      (sent.tokenStart === 0 || ctx.paraOf[sent.tokenStart - 1] !== ctx.paraOf[sent.tokenStart]) &&
      (sent.tokenEnd === ctx.tokens.length ||
        ctx.paraOf[sent.tokenEnd] !== ctx.paraOf[sent.tokenEnd - 1]);
    if (!ownBlock || TERMINAL.has(last)) return true;
    for (let i = d.cue[0]; i < d.cue[1]; i++) if (ctx.kind[i]) return true;
    return false;
  });
}
