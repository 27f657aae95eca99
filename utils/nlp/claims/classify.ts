/**
 * What a claim does, read off its cue and content: the kind from the cue's reporting verb
 * (or noun), quotation from the share of quoted content words, negation from the verb group
 * and hedging from modal and evidential words around cue and content.
 */
import type { Claim, ClaimKind } from '../types';
import type { ClaimDraft } from './assemble';
import type { ClaimContext } from './context';
import { HEDGES, NEGATORS } from './lexicon';

type Facets = Pick<Claim, 'kind' | 'quoted' | 'negated' | 'hedged'>;

const WORD_RE = /^[\p{L}\p{N}]/u;

function kindOf(ctx: ClaimContext, d: ClaimDraft, negated: boolean): ClaimKind {
  let kind: ClaimKind | '' = '';
  // The first known cue word names the act ("rejected claims" is a denial, not an allegation).
  for (let i = d.cue[0]; i < d.cue[1] && !kind; i++) kind = ctx.kind[i] as ClaimKind | '';
  if (!kind) return 'other';
  if (negated && kind === 'statement') return 'other';
  const [lastStart, lastEnd] = d.content[d.content.length - 1] ?? [0, 0];
  const endsInQuestion = lastEnd > lastStart && ctx.tokens[lastEnd - 1]!.text === '?';
  if (kind === 'statement' && endsInQuestion) return 'question';
  return kind;
}

function quotedOf(ctx: ClaimContext, d: ClaimDraft): Claim['quoted'] {
  let words = 0;
  let quoted = 0;
  for (const [a, b] of d.content) {
    for (let i = a; i < b; i++) {
      if (!WORD_RE.test(ctx.tokens[i]!.text)) continue;
      words++;
      if (ctx.quotes.id[i]! > 0) quoted++;
    }
  }
  if (quoted === 0) return 'none';
  return quoted >= 0.9 * words ? 'full' : 'partial';
}

function negatedOf(ctx: ClaimContext, d: ClaimDraft): boolean {
  const from = Math.max(d.cue[0] - 2, ctx.sentences[ctx.sentOf[d.cue[0]]!]!.tokenStart);
  for (let i = from; i < d.cue[1]; i++) if (NEGATORS.has(ctx.lower[i]!)) return true;
  return false;
}

function hedgedOf(ctx: ClaimContext, d: ClaimDraft): boolean {
  const from = Math.max(d.cue[0] - 2, ctx.sentences[ctx.sentOf[d.cue[0]]!]!.tokenStart);
  for (let i = from; i < d.cue[1]; i++) if (HEDGES.has(ctx.lower[i]!)) return true;
  for (const [a, b] of d.content)
    for (let i = a; i < b; i++) if (HEDGES.has(ctx.lower[i]!)) return true;
  return false;
}

/** Kind, quotation, negation and hedging of one claim draft. */
export function classify(ctx: ClaimContext, d: ClaimDraft): Facets {
  const negated = negatedOf(ctx, d);
  const facets: Facets = { kind: kindOf(ctx, d, negated), quoted: quotedOf(ctx, d) };
  if (negated) facets.negated = true;
  if (hedgedOf(ctx, d)) facets.hedged = true;
  return facets;
}
