/**
 * Features for the source/content tagger, which runs after cues are known. Each token is
 * described relative to the nearest cue in its sentence (side, distance, commas and quotes in
 * between, the cue word) and, in sentences without a cue, relative to the nearest cue sentence
 * around it, which is how quotations continuing over sentences and paragraphs are found.
 */
import type { FeatureSink } from '../tagger/features';
import type { ClaimContext } from './context';

/** Cue positions laid over a context. */
export interface RoleContext {
  ctx: ClaimContext;
  /** 1 for tokens inside a cue. */
  isCue: Uint8Array;
  /** Nearest cue token to the left / right within the sentence, -1 if none. */
  cueLeft: Int32Array;
  cueRight: Int32Array;
  /** Per sentence: distance in sentences to the previous / next sentence with a cue (99 none). */
  prevCueSent: Int32Array;
  nextCueSent: Int32Array;
  /** Per quotation id: 1 when some token of the quotation shares a sentence with a cue. */
  quoteNearCue: Uint8Array;
}

/** Lays cue spans (token ranges, end exclusive) over a context. */
export function buildRoleContext(ctx: ClaimContext, cues: [number, number][]): RoleContext {
  const n = ctx.tokens.length;
  const isCue = new Uint8Array(n);
  for (const [a, b] of cues) isCue.fill(1, a, b);
  const cueLeft = new Int32Array(n).fill(-1);
  const cueRight = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    if (i > 0 && ctx.sentOf[i] !== ctx.sentOf[i - 1]) last = -1;
    if (isCue[i]) last = i;
    cueLeft[i] = last;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    if (i < n - 1 && ctx.sentOf[i] !== ctx.sentOf[i + 1]) last = -1;
    if (isCue[i]) last = i;
    cueRight[i] = last;
  }
  const ns = ctx.sentences.length;
  const has = new Uint8Array(ns);
  for (let i = 0; i < n; i++) if (isCue[i]) has[ctx.sentOf[i]!] = 1;
  const prevCueSent = new Int32Array(ns).fill(99);
  const nextCueSent = new Int32Array(ns).fill(99);
  for (let s = 0, last = -1; s < ns; s++) {
    if (last >= 0) prevCueSent[s] = s - last;
    if (has[s]) last = s;
  }
  for (let s = ns - 1, last = -1; s >= 0; s--) {
    if (last >= 0) nextCueSent[s] = last - s;
    if (has[s]) last = s;
  }
  let maxQ = 0;
  for (let i = 0; i < n; i++) maxQ = Math.max(maxQ, ctx.quotes.id[i]!);
  const quoteNearCue = new Uint8Array(maxQ + 1);
  for (let i = 0; i < n; i++) {
    const q = ctx.quotes.id[i]!;
    if (q && has[ctx.sentOf[i]!]) quoteNearCue[q] = 1;
  }
  return { ctx, isCue, cueLeft, cueRight, prevCueSent, nextCueSent, quoteNearCue };
}

const bucket = (d: number) => (d <= 3 ? String(d) : d <= 6 ? '4-6' : d <= 12 ? '7-12' : 'far');

/** Counts commas and quote marks strictly between two token indices. */
function between(ctx: ClaimContext, a: number, b: number): string {
  let commas = 0;
  let quotes = 0;
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b) && k - a < 40 && a - k < 40; k++) {
    const t = ctx.lower[k]!;
    if (t === ',' || t === ';' || t === ':' || t === '—' || t === '--') commas++;
    if (ctx.quotes.mark[k]) quotes++;
  }
  return `${Math.min(commas, 2)}${Math.min(quotes, 2)}`;
}

/** Writes the role-tagger features of token `i`. */
export function roleFeatures(rc: RoleContext, i: number, sink: FeatureSink): void {
  const { ctx, isCue, cueLeft, cueRight } = rc;
  const { lower, shape, kind, quotes } = ctx;
  const n = lower.length;
  const w = lower[i]!;
  const s = ctx.sentOf[i]!;
  const same = (k: number) => k >= 0 && k < n && ctx.sentOf[k] === s;
  const q = quotes.id[i]!;
  const qs = q ? (quotes.mark[i] ? 'mark' : 'in') : 'out';
  sink.add('b');
  sink.add('w', w);
  sink.add('sh', shape[i]);
  sink.add('k', kind[i]);
  sink.add('w-1', same(i - 1) ? lower[i - 1] : '<s>');
  sink.add('w+1', same(i + 1) ? lower[i + 1] : '</s>');
  sink.add('q', qs);
  if (isCue[i]) {
    sink.add('cue');
    return;
  }
  const L = cueLeft[i]!;
  const R = cueRight[i]!;
  if (L < 0 && R < 0) {
    const sent = ctx.sentences[s]!;
    const p = bucket(rc.prevCueSent[s]!);
    const nx = bucket(rc.nextCueSent[s]!);
    const qn = q && rc.quoteNearCue[q] ? 'qnear' : qs;
    sink.add('nocue', `${p} ${nx}`);
    sink.add('nocue-q', `${qn} ${p}`);
    sink.add('nocue-qn', `${qn} ${nx}`);
    sink.add('nocue-first', `${lower[sent.tokenStart]} ${qn}`);
    const firstQ = quotes.mark[sent.tokenStart] === 1 ? 'opens' : 'plain';
    sink.add('nocue-open', `${firstQ} ${p} ${qs}`);
    return;
  }
  const dl = L >= 0 ? i - L : 99;
  const dr = R >= 0 ? R - i : 99;
  const side = dl <= dr ? 'L' : 'R';
  const c = side === 'L' ? L : R;
  const d = bucket(Math.min(dl, dr));
  const btw = between(ctx, i, c);
  const ck = kind[c] || lower[c]!;
  sink.add('side', side + d);
  sink.add('side-w', side + ' ' + w);
  sink.add('side-sh', side + shape[i]);
  sink.add('side-q', side + qs);
  sink.add('side-btw', side + btw);
  sink.add('side-btw-q', side + btw + qs);
  sink.add('side-cw', side + lower[c]);
  sink.add('side-ck-d', side + ck + d);
  sink.add('both', `${L >= 0 ? bucket(dl) : '-'} ${R >= 0 ? bucket(dr) : '-'}`);
  sink.add('cq', `${side}${qs}${quotes.id[c]! > 0 ? 'cin' : 'cout'}`);
  sink.add('c-1', side + (c > 0 ? lower[c - 1] : '<s>'));
  sink.add('c+1', side + (c + 1 < n ? lower[c + 1] : '</s>'));
  sink.add('side-k', side + kind[i]);
  const dd = Math.min(dl, dr);
  if (dd <= 3) {
    sink.add('near-w', side + dd + w);
    sink.add('near-sh', side + dd + shape[i] + (same(i + 1) ? shape[i + 1] : '</s>'));
    sink.add('near-w-1', side + dd + (same(i - 1) ? lower[i - 1] : '<s>'));
    sink.add('near-w+1', side + dd + (same(i + 1) ? lower[i + 1] : '</s>'));
  }
  sink.add('w+2', same(i + 2) ? lower[i + 2] : '</s>');
  sink.add('sh-1sh', (same(i - 1) ? shape[i - 1]! : '<s>') + shape[i]!);
  sink.add('shsh+1', shape[i]! + (same(i + 1) ? shape[i + 1]! : '</s>'));
  const sent = ctx.sentences[s]!;
  sink.add('first', side + (i === sent.tokenStart ? '1' : '0') + btw);
}
