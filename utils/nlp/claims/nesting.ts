/**
 * PolNeAR marks only the outermost attribution: in "Woodard said his survey showed support
 * holding", "his survey showed ..." is the content of "said", not a claim of its own. A second
 * cue that follows another in the same clause (no comma, conjunction, colon, dash or quotation
 * between them) is folded into the first claim's content, and so is any cue after "according
 * to" in its sentence.
 */
import type { ClaimDraft } from './assemble';
import type { ClaimContext } from './context';

/** Farthest (in tokens) an embedded cue may sit after the cue whose content it is part of. */
export const MAX_NEST_GAP = 12;

// Words and marks that end the first cue's clause: what follows is a claim of its own.
const CLAUSE_BREAK = new Set(
  (
    ', ; : — – -- ( ) [ ] and but while whereas or as because after before when if though ' +
    'although'
  ).split(' '),
);

function embedded(ctx: ClaimContext, outer: ClaimDraft, inner: ClaimDraft): boolean {
  const [from, to] = [outer.cue[1], inner.cue[0]];
  // "According to a survey, 51 percent said ...": the survey's content is the whole rest of the
  // sentence, whatever punctuation lies between.
  const according = ctx.lower[outer.cue[0]] === 'according';
  if (to <= from || (to - from > MAX_NEST_GAP && !according)) return false;
  if (ctx.sentOf[outer.cue[0]] !== ctx.sentOf[inner.cue[0]]) return false;
  // The inner claim's speaker, if any, must sit inside the outer claim's content.
  if (inner.source && (inner.source[0] < from || inner.source[1] > to)) return false;
  if (according) return true;
  for (let j = from; j < to; j++) {
    if (CLAUSE_BREAK.has(ctx.lower[j]!) || ctx.quotes.mark[j] || ctx.quotes.id[j]) return false;
  }
  return true;
}

/** Folds embedded claims into the claim whose content they belong to (drafts in text order). */
export function foldNestedClaims(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    const outer = out[out.length - 1];
    if (!outer || !embedded(ctx, outer, d)) {
      out.push(d);
      continue;
    }
    const start = outer.cue[1];
    const end = Math.max(d.cue[1], ...d.content.map((c) => c[1]));
    outer.content = [
      ...outer.content.filter((c) => c[1] <= outer.cue[0]),
      [start, end],
      ...outer.content.filter((c) => c[0] >= end),
    ];
  }
  return out;
}
