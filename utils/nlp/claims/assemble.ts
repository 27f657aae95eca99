/**
 * Ties tagged source and content runs to their cues. Within a sentence a run belongs to the
 * nearest cue; content in a sentence without a cue continues the nearest cue's quotation
 * (before or after it), but only inside the same paragraph or a quotation, so content never
 * runs across article blocks on its own.
 */
import type { ClaimContext } from './context';
import { MAX_SENTENCES_AFTER, MAX_SENTENCES_BEFORE } from './limits';
import type { RoleSpan } from './taggers';

/** A claim before it gets text spans, kinds and actors: token ranges only. */
export interface ClaimDraft {
  cue: [number, number];
  source: [number, number] | null;
  content: [number, number][];
}

/** 1 for every token some draft already uses as cue, source or content. */
export function takenTokens(ctx: ClaimContext, drafts: ClaimDraft[]): Uint8Array {
  const taken = new Uint8Array(ctx.tokens.length);
  for (const d of drafts) {
    taken.fill(1, d.cue[0], d.cue[1]);
    if (d.source) taken.fill(1, d.source[0], d.source[1]);
    for (const [a, b] of d.content) taken.fill(1, a, b);
  }
  return taken;
}

/** Cuts runs at paragraph breaks that are not inside one quotation. */
export function splitAtBlocks(ctx: ClaimContext, spans: RoleSpan[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (const s of spans) {
    let from = s.start;
    for (let i = s.start + 1; i < s.end; i++) {
      if (ctx.paraOf[i] === ctx.paraOf[i - 1]) continue;
      const q = ctx.quotes;
      const quoted = q.id[i - 1]! > 0 || q.mark[i] === 1 || q.id[i]! > 0;
      if (quoted && s.role === 'C') continue;
      out.push({ role: s.role, start: from, end: i });
      from = i;
    }
    out.push({ role: s.role, start: from, end: s.end });
  }
  return out;
}

function gap(a: [number, number], s: RoleSpan): number {
  if (s.end <= a[0]) return a[0] - s.end;
  if (s.start >= a[1]) return s.start - a[1];
  return 0;
}

/** Index of the cue a run belongs to, or -1. `cues` are sorted by position. */
function ownerOf(
  ctx: ClaimContext,
  cues: [number, number][],
  cueSent: number[],
  s: RoleSpan,
): number {
  const sent = ctx.sentOf[s.start]!;
  const sentEnd = ctx.sentOf[s.end - 1]!;
  let best = -1;
  let bestGap = Infinity;
  for (let k = 0; k < cues.length; k++) {
    if (cueSent[k]! < sent || cueSent[k]! > sentEnd) continue;
    const g = gap(cues[k]!, s);
    if (g < bestGap) {
      best = k;
      bestGap = g;
    }
  }
  if (best >= 0 || s.role === 'S') return best;
  const quoted = ctx.quotes.id[s.start]! > 0 || ctx.quotes.id[s.end - 1]! > 0;
  let prev = -1;
  let next = -1;
  for (let k = 0; k < cues.length; k++) {
    if (cueSent[k]! < sent) prev = k;
    else if (next < 0 && cueSent[k]! > sentEnd) next = k;
  }
  const reach = (k: number, limit: number, d: number) =>
    k >= 0 && d <= limit && (quoted || ctx.paraOf[cues[k]![0]] === ctx.paraOf[s.start]);
  const dPrev = prev >= 0 ? sent - cueSent[prev]! : Infinity;
  const dNext = next >= 0 ? cueSent[next]! - sentEnd : Infinity;
  if (reach(prev, MAX_SENTENCES_AFTER, dPrev) && dPrev <= dNext) return prev;
  if (reach(next, MAX_SENTENCES_BEFORE, dNext)) return next;
  if (reach(prev, MAX_SENTENCES_AFTER, dPrev)) return prev;
  return -1;
}

const WORDISH_RE = /[\p{L}\p{N}]/u;

/** A source run without edge punctuation ("—", ","), or null when nothing is left. */
function trimSource(ctx: ClaimContext, s: RoleSpan): RoleSpan | null {
  let { start, end } = s;
  while (start < end && !WORDISH_RE.test(ctx.tokens[start]!.text)) start++;
  while (
    end > start &&
    !WORDISH_RE.test(ctx.tokens[end - 1]!.text) &&
    ctx.tokens[end - 1]!.text !== ')'
  )
    end--;
  if (end <= start) return null;
  for (let i = start; i < end; i++)
    if (!NOT_A_SOURCE_RE.test(ctx.lower[i]!)) return { role: 'S', start, end };
  return null;
}

// Words that cannot make up a source on their own: times, dates and manner adverbs, and the
// auxiliaries, negations and particles of a verb group whose main verb the cue tagger took
// alone ("has | endorsed").
const NOT_A_SOURCE_RE =
  /^(?:[\p{P}\p{S}]+|\p{N}+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|week|month|year|morning|afternoon|evening|night|first|also|then|now|later|earlier|again|on|in|at|\p{L}+ly|has|have|had|having|could|would|should|will|can|may|might|must|did|does|do|is|are|was|were|be|been|not|never|n[’']t|\p{L}+n[’']t|to|over|besides|almost|even|still|just|already)$/u;

/** Builds one draft per cue from the cue ranges and the tagged role runs. */
export function assemble(
  ctx: ClaimContext,
  cues: [number, number][],
  runs: RoleSpan[],
): ClaimDraft[] {
  const cueSent = cues.map((c) => ctx.sentOf[c[0]]!);
  const drafts: ClaimDraft[] = cues.map((c) => ({ cue: c, source: null, content: [] }));
  const sourceGap = cues.map(() => Infinity);
  for (const run of splitAtBlocks(ctx, runs)) {
    const s = quotedSourceAsContent(ctx, run, cues);
    const k = ownerOf(ctx, cues, cueSent, s);
    if (k < 0) continue;
    const d = drafts[k]!;
    if (s.role === 'C') {
      d.content.push([s.start, s.end]);
      continue;
    }
    const src = trimSource(ctx, s);
    if (!src) continue;
    const g = gap(cues[k]!, src);
    if (g < sourceGap[k]!) {
      d.source = [src.start, src.end];
      sourceGap[k] = g;
    }
  }
  const taken = new Uint8Array(ctx.tokens.length);
  for (const d of drafts) {
    taken.fill(1, d.cue[0], d.cue[1]);
    if (d.source) taken.fill(1, d.source[0], d.source[1]);
  }
  const quoteSpan = quoteExtents(ctx);
  for (const d of drafts) {
    d.content = mergeGaps(
      ctx,
      d.content.map((c) => widenToQuote(ctx, c, quoteSpan, taken)),
      taken,
    );
  }
  return drafts;
}

/** A "source" inside quotation marks is quoted speech (the cue being outside): content. */
function quotedSourceAsContent(ctx: ClaimContext, s: RoleSpan, cues: [number, number][]): RoleSpan {
  if (s.role !== 'S') return s;
  let quoted = 0;
  for (let i = s.start; i < s.end; i++) if (ctx.quotes.id[i]! > 0) quoted++;
  if (quoted * 2 <= s.end - s.start) return s;
  const q = ctx.quotes.id[s.start] || ctx.quotes.id[s.end - 1]!;
  const cueInside = cues.some(([a]) => ctx.quotes.id[a] === q);
  return cueInside ? s : { role: 'C', start: s.start, end: s.end };
}

/** First and last token of every quotation, by quotation id. */
function quoteExtents(ctx: ClaimContext): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  ctx.quotes.id.forEach((q, i) => {
    if (!q) return;
    const e = out.get(q);
    if (e) e[1] = i + 1;
    else out.set(q, [i, i + 1]);
  });
  return out;
}

/**
 * PolNeAR content takes everything inside the quotation marks it touches: a content piece
 * that reaches into a quotation grows to the quotation's marks, never over a cue or source.
 */
function widenToQuote(
  ctx: ClaimContext,
  [a, b]: [number, number],
  quoteSpan: Map<number, [number, number]>,
  taken: Uint8Array,
): [number, number] {
  const first = quoteSpan.get(ctx.quotes.id[a]!);
  const last = quoteSpan.get(ctx.quotes.id[b - 1]!);
  let start = a;
  let end = b;
  if (first) while (start > first[0] && !taken[start - 1]) start--;
  if (last) while (end < last[1] && !taken[end]) end++;
  return [start, end];
}

/**
 * Greedy tagging sometimes drops a few words in the middle of a content; pieces of one claim's
 * content in one sentence are joined when only unclaimed tokens lie between them.
 */
function mergeGaps(
  ctx: ClaimContext,
  parts: [number, number][],
  taken: Uint8Array,
): [number, number][] {
  parts.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (
      last &&
      ctx.sentOf[last[1] - 1] === ctx.sentOf[p[0]] &&
      ctx.paraOf[last[1] - 1] === ctx.paraOf[p[0]]
    ) {
      let free = true;
      for (let i = last[1]; i < p[0] && free; i++) if (taken[i]) free = false;
      if (free) {
        last[1] = Math.max(last[1], p[1]);
        continue;
      }
    }
    out.push([p[0], p[1]]);
  }
  return out;
}
