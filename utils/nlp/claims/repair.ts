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

const AUXILIARIES = new Set(
  "did do does not n't n’t never has have had will would could should can may might must".split(
    ' ',
  ),
);
const WORD_RE = /^[\p{L}]/u;

/** Keeps the verb group together: a cue ending in "did not" or "has" takes the next word. */
function completeVerbGroup(ctx: ClaimContext, [a, b]: [number, number]): [number, number] {
  let end = b;
  while (
    end < ctx.tokens.length &&
    end - b < 3 &&
    AUXILIARIES.has(ctx.lower[end - 1]!) &&
    ctx.sentOf[end] === ctx.sentOf[a] &&
    WORD_RE.test(ctx.tokens[end]!.text)
  )
    end++;
  return [a, end];
}

/** Moves function-word-only cues onto an adjacent cue-lexicon word; completes verb groups. */
export function repairCues(ctx: ClaimContext, cues: [number, number][]): [number, number][] {
  const moved = cues.map((c) => completeVerbGroup(ctx, moveOffFunctionWords(ctx, c)));
  // A completed cue may now touch the next one: keep them apart.
  return moved.filter((c, k) => k === 0 || c[0] >= moved[k - 1]![1]);
}

function moveOffFunctionWords(ctx: ClaimContext, [a, b]: [number, number]): [number, number] {
  for (let i = a; i < b; i++) if (!FUNCTION_WORDS.has(ctx.lower[i]!)) return [a, b];
  if (a > 0 && ctx.kind[a - 1] && ctx.sentOf[a - 1] === ctx.sentOf[a]) return [a - 1, a];
  if (b < ctx.tokens.length && ctx.kind[b] && ctx.sentOf[b] === ctx.sentOf[a]) return [b, b + 1];
  return [a, b];
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

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PARTICIPLE_RE = /(?:ed|en|wn|ld|id|ght)$/;

/**
 * Passive cues ("was accused", "has been criticized") have no source before them: the subject
 * is who the claim is about. Their source, if any, is the "by" phrase after the cue.
 */
export function repairPassives(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    let be = false;
    for (let i = d.cue[0]; i < d.cue[1]; i++) if (BE.has(ctx.lower[i]!)) be = true;
    if (!be || !PARTICIPLE_RE.test(ctx.lower[d.cue[1] - 1]!)) continue;
    if (d.source && d.source[1] <= d.cue[0]) d.source = null;
    if (d.source || ctx.lower[d.cue[1]] !== 'by') continue;
    const sentEnd = ctx.sentences[ctx.sentOf[d.cue[0]]!]!.tokenEnd;
    let end = d.cue[1] + 1;
    if (end < sentEnd && ['the', 'a', 'an'].includes(ctx.lower[end]!)) end++;
    while (end < sentEnd && /^\p{Lu}/u.test(ctx.tokens[end]!.text)) end++;
    if (end > d.cue[1] + 1 && /^\p{Lu}/u.test(ctx.tokens[end - 1]!.text))
      d.source = [d.cue[1] + 1, end];
  }
}

const LINKS = new Set(['with', 'of', 'for', 'at', 'from', 'on', 'to', 'in']);
const DETERMINERS = new Set(
  'a an the one two three four several some many other another this these those'.split(' '),
);

/**
 * A source is a whole noun phrase in PolNeAR ("a person familiar with the negotiations", "an
 * official at the Pentagon"): a source the tagger began after "with"/"of"/"at"... grows left to
 * the determiner that opens the phrase, when one is a few plain words away.
 */
export function extendSources(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    if (!d.source || d.source[1] > d.cue[0]) continue;
    const a = d.source[0];
    if (a < 2 || !LINKS.has(ctx.lower[a - 1]!)) continue;
    const first = ctx.sentences[ctx.sentOf[a]!]!.tokenStart;
    for (let i = a - 2; i >= Math.max(first, a - 5); i--) {
      const w = ctx.lower[i]!;
      if (DETERMINERS.has(w)) {
        d.source = [i, d.source[1]];
        break;
      }
      if (!WORD_RE.test(ctx.tokens[i]!.text) || ctx.kind[i] || LINKS.has(w)) break;
    }
  }
}

const COORDINATORS = new Set(['and', 'but']);
/** Words in -ing after a comma that do not open a participle clause. */
const NOT_PARTICIPLES = new Set(
  'including according regarding during notwithstanding concerning nothing something anything everything thing things being'.split(
    ' ',
  ),
);

/** Whether a content after its cue ends before token `j` (a clause boundary outside quotes). */
function clauseBreak(ctx: ClaimContext, j: number): boolean {
  if (ctx.quotes.id[j]) return false;
  const w = ctx.lower[j]!;
  if (w === ';') return true;
  if (w !== ',') return false;
  const next = ctx.lower[j + 1]!;
  if (COORDINATORS.has(next)) return true;
  return /^[a-z]{3,}ing$/.test(next) && !NOT_PARTICIPLES.has(next);
}

/**
 * A content after its cue stops, outside a quotation, where the speaker's next action or the
 * author's aside begins: ", and" / ", but" ("dismissed labels altogether, and ripped into
 * ..."), a semicolon, or a participle clause (", throwing a wrench in ..."). PolNeAR's content
 * is the proposition or object alone, and its guidelines leave out what may be the author's
 * addition ("when in doubt, don't include it").
 */
export function cutContentsAtCoordination(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    const sent = ctx.sentOf[d.cue[0]];
    d.content = d.content.map(([a, b]): [number, number] => {
      if (a < d.cue[1] || ctx.sentOf[a] !== sent) return [a, b];
      for (let j = a + 1; j + 1 < b; j++) if (clauseBreak(ctx, j)) return [a, j];
      return [a, b];
    });
  }
}
