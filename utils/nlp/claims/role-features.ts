/**
 * Features for the source/content tagger, which runs after cues are known. Each token is
 * described relative to the nearest cue in its sentence (side, distance, commas and quotes in
 * between, the cue word) and, in sentences without a cue, relative to the nearest cue sentence
 * around it, which is how quotations continuing over sentences and paragraphs are found.
 */
import { combineHash as mix, type FeatureSink } from '../tagger';
import type { ClaimContext } from './context';
import { key } from './cue-features';
import { MAX_SENTENCES_AFTER, MAX_SENTENCES_BEFORE } from './limits';

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
  /** Running count of clause punctuation / quote marks before each token (for "between"). */
  punctBefore: Int32Array;
  marksBefore: Int32Array;
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
  const punctBefore = new Int32Array(n + 1);
  const marksBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    punctBefore[i + 1] = punctBefore[i]! + (CLAUSE_PUNCT.has(ctx.lower[i]!) ? 1 : 0);
    marksBefore[i + 1] = marksBefore[i]! + (ctx.quotes.mark[i] ? 1 : 0);
  }
  return {
    ctx,
    isCue,
    cueLeft,
    cueRight,
    prevCueSent,
    nextCueSent,
    quoteNearCue,
    punctBefore,
    marksBefore,
  };
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '--', '(', ')']);

const K = Object.fromEntries(
  (
    'b w sh k w-1 w+1 w+2 q cue nocue nocue-q nocue-qn nocue-first nocue-open side side-w ' +
    'side-sh side-q side-btw side-btw-q side-cw side-ck-d both cq c-1 c+1 side-k near-w ' +
    'near-sh near-w-1 near-w+1 sh-1sh shsh+1 first'
  )
    .split(' ')
    .map((name) => [name, key(name)]),
) as Record<string, number>;
const EDGE = key('<s>');

const bucket = (d: number) => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6);

/** Clause punctuation and quote marks strictly between tokens a and b, capped at 2 each. */
function between(rc: RoleContext, a: number, b: number): number {
  const lo = Math.min(a, b) + 1;
  const hi = Math.max(a, b);
  if (hi <= lo) return 0;
  const p = Math.min(rc.punctBefore[hi]! - rc.punctBefore[lo]!, 2);
  const m = Math.min(rc.marksBefore[hi]! - rc.marksBefore[lo]!, 2);
  return p * 3 + m;
}

/**
 * Writes the role-tagger features of token `i`; returns false, writing nothing, for tokens too
 * far from any cue to take part in a claim (they are left out, which keeps the tagger fast).
 */
export function roleFeatures(rc: RoleContext, i: number, sink: FeatureSink): boolean {
  const { ctx, isCue, cueLeft, cueRight } = rc;
  const { hWord, hShape, hKind, quotes } = ctx;
  const n = hWord.length;
  const s = ctx.sentOf[i]!;
  const L = cueLeft[i]!;
  const R = cueRight[i]!;
  const noCue = L < 0 && R < 0 && !isCue[i];
  // Outside cue sentences, content is a quotation running on (unquoted paraphrase there is
  // about 1% of PolNeAR's role tokens), so only quoted sentences near a cue are tagged.
  if (
    noCue &&
    ((!ctx.sentQuoted[s] && !quotes.id[i]) ||
      (rc.prevCueSent[s]! > MAX_SENTENCES_AFTER && rc.nextCueSent[s]! > MAX_SENTENCES_BEFORE))
  )
    return false;
  const sentOf = ctx.sentOf;
  const w = hWord[i]!;
  const wm1 = i > 0 && sentOf[i - 1] === s ? hWord[i - 1]! : EDGE;
  const wp1 = i + 1 < n && sentOf[i + 1] === s ? hWord[i + 1]! : EDGE;
  const q = quotes.id[i]!;
  const qs = q ? (quotes.mark[i] ? 2 : 1) : 0;
  sink.addHash(K.b!);
  sink.addHash(mix(K.w!, w));
  sink.addHash(mix(K.sh!, hShape[i]!));
  sink.addHash(mix(K.k!, hKind[i]!));
  sink.addHash(mix(K['w-1']!, wm1));
  sink.addHash(mix(K['w+1']!, wp1));
  sink.addHash(mix(K.q!, qs));
  if (isCue[i]) {
    sink.addHash(K.cue!);
    return true;
  }
  if (noCue) {
    const sent = ctx.sentences[s]!;
    const p = bucket(rc.prevCueSent[s]!);
    const nx = bucket(rc.nextCueSent[s]!);
    const qn = q && rc.quoteNearCue[q] ? 3 : qs;
    sink.addHash(mix(mix(K.nocue!, p), nx));
    sink.addHash(mix(mix(K['nocue-q']!, qn), p));
    sink.addHash(mix(mix(K['nocue-qn']!, qn), nx));
    sink.addHash(mix(mix(K['nocue-first']!, hWord[sent.tokenStart]!), qn));
    const opens = quotes.mark[sent.tokenStart] === 1 ? 1 : 0;
    sink.addHash(mix(mix(mix(K['nocue-open']!, opens), p), qs));
    return true;
  }
  const dl = L >= 0 ? i - L : 99;
  const dr = R >= 0 ? R - i : 99;
  const side = dl <= dr ? 1 : 2;
  const c = side === 1 ? L : R;
  const dd = Math.min(dl, dr);
  const d = bucket(dd);
  const btw = between(rc, i, c);
  const ck = ctx.kind[c] ? hKind[c]! : hWord[c]!;
  const sd = side * 8 + d;
  sink.addHash(mix(K.side!, sd));
  sink.addHash(mix(mix(K['side-w']!, side), w));
  sink.addHash(mix(mix(K['side-sh']!, side), hShape[i]!));
  sink.addHash(mix(K['side-q']!, side * 4 + qs));
  sink.addHash(mix(K['side-btw']!, side * 16 + btw));
  sink.addHash(mix(K['side-btw-q']!, side * 64 + btw * 4 + qs));
  sink.addHash(mix(mix(K['side-cw']!, side), hWord[c]!));
  sink.addHash(mix(mix(K['side-ck-d']!, sd), ck));
  sink.addHash(mix(K.both!, (L >= 0 ? bucket(dl) : 7) * 8 + (R >= 0 ? bucket(dr) : 7)));
  sink.addHash(mix(K.cq!, side * 8 + qs * 2 + (quotes.id[c]! > 0 ? 1 : 0)));
  sink.addHash(mix(mix(K['c-1']!, side), c > 0 ? hWord[c - 1]! : EDGE));
  sink.addHash(mix(mix(K['c+1']!, side), c + 1 < n ? hWord[c + 1]! : EDGE));
  sink.addHash(mix(mix(K['side-k']!, side), hKind[i]!));
  if (dd <= 3) {
    const sdd = side * 4 + dd;
    const shp1 = i + 1 < n && sentOf[i + 1] === s ? hShape[i + 1]! : EDGE;
    sink.addHash(mix(mix(K['near-w']!, sdd), w));
    sink.addHash(mix(mix(mix(K['near-sh']!, sdd), hShape[i]!), shp1));
    sink.addHash(mix(mix(K['near-w-1']!, sdd), wm1));
    sink.addHash(mix(mix(K['near-w+1']!, sdd), wp1));
  }
  sink.addHash(mix(K['w+2']!, i + 2 < n && sentOf[i + 2] === s ? hWord[i + 2]! : EDGE));
  sink.addHash(
    mix(mix(K['sh-1sh']!, i > 0 && sentOf[i - 1] === s ? hShape[i - 1]! : EDGE), hShape[i]!),
  );
  sink.addHash(
    mix(mix(K['shsh+1']!, hShape[i]!), i + 1 < n && sentOf[i + 1] === s ? hShape[i + 1]! : EDGE),
  );
  const first = i === ctx.sentences[s]!.tokenStart ? 1 : 0;
  sink.addHash(mix(K.first!, side * 32 + first * 16 + btw));
  return true;
}
