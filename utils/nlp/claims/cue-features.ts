/**
 * Features for the cue tagger: the word and its neighbours, lemmas, lexicon classes, shapes and
 * quotation state. Cues are verb groups, noun cues ("claims that", "his view") and phrases
 * ("according to"), so a window of two words each side carries most of the signal. Features
 * are combined hashes (see context.ts), never strings.
 */
import { combineHash as mix, hashString, type FeatureSink } from '../tagger';
import type { ClaimContext } from './context';

/** Hash of a feature name: the first operand of every feature of that template. */
export const key = (name: string): number => hashString(name);

const K = {
  bias: key('b'),
  w: key('w'),
  sh: key('sh'),
  k: key('k'),
  s3: key('s3'),
  s2: key('s2'),
  wm1: key('w-1'),
  wp1: key('w+1'),
  wm2: key('w-2'),
  wp2: key('w+2'),
  wm1w: key('w-1w'),
  wwp1: key('ww+1'),
  wp1wp2: key('w+1w+2'),
  wm2wm1: key('w-2w-1'),
  km1: key('k-1'),
  kp1: key('k+1'),
  kwp1: key('kw+1'),
  wm1k: key('w-1k'),
  shm1: key('sh-1'),
  shp1: key('sh+1'),
  pos: key('pos'),
  left: key('left'),
  q: key('q'),
  qw: key('qw'),
  qk: key('qk'),
  qadj: key('qadj'),
  lm: key('lm'),
  lmp1: key('lm+1'),
  wm1lm: key('w-1lm'),
  sq: key('sq'),
  qnear: key('qnear'),
  wm3: key('w-3'),
  wp3: key('w+3'),
  m: key('m'),
  mm1: key('m-1'),
  mp1: key('m+1'),
  mm1w: key('m-1w'),
  mp1w: key('m+1w'),
};
const EDGE = key('<s>');

/** Writes the cue-tagger features of token `i`. */
export function cueFeatures(ctx: ClaimContext, i: number, sink: FeatureSink): void {
  const { hWord, hShape, hKind, hLemma, sentOf, quotes } = ctx;
  const n = hWord.length;
  const s = sentOf[i]!;
  const w = hWord[i]!;
  const wm1 = i > 0 && sentOf[i - 1] === s ? hWord[i - 1]! : EDGE;
  const wp1 = i + 1 < n && sentOf[i + 1] === s ? hWord[i + 1]! : EDGE;
  const wm2 = i > 1 && sentOf[i - 2] === s ? hWord[i - 2]! : EDGE;
  const wp2 = i + 2 < n && sentOf[i + 2] === s ? hWord[i + 2]! : EDGE;
  const k = hKind[i]!;
  const km1 = i > 0 && sentOf[i - 1] === s ? hKind[i - 1]! : EDGE;
  const kp1 = i + 1 < n && sentOf[i + 1] === s ? hKind[i + 1]! : EDGE;
  const lm = hLemma[i]!;
  sink.addHash(K.bias);
  sink.addHash(mix(K.w, w));
  sink.addHash(mix(K.sh, hShape[i]!));
  sink.addHash(mix(K.k, k));
  sink.addHash(mix(K.s3, ctx.hSuf3[i]!));
  sink.addHash(mix(K.s2, ctx.hSuf2[i]!));
  sink.addHash(mix(K.wm1, wm1));
  sink.addHash(mix(K.wp1, wp1));
  sink.addHash(mix(K.wm2, wm2));
  sink.addHash(mix(K.wp2, wp2));
  sink.addHash(mix(mix(K.wm1w, wm1), w));
  sink.addHash(mix(mix(K.wwp1, w), wp1));
  sink.addHash(mix(mix(K.wp1wp2, wp1), wp2));
  sink.addHash(mix(mix(K.wm2wm1, wm2), wm1));
  sink.addHash(mix(K.km1, km1));
  sink.addHash(mix(K.kp1, kp1));
  sink.addHash(mix(mix(K.kwp1, k), wp1));
  sink.addHash(mix(mix(K.wm1k, wm1), k));
  sink.addHash(mix(K.shm1, i > 0 ? hShape[i - 1]! : EDGE));
  sink.addHash(mix(K.shp1, i + 1 < n ? hShape[i + 1]! : EDGE));
  const sent = ctx.sentences[s]!;
  const pos = i - sent.tokenStart;
  const left = sent.tokenEnd - 1 - i;
  sink.addHash(mix(K.pos, pos < 4 ? pos : pos < 10 ? 4 : 5));
  sink.addHash(mix(K.left, left < 4 ? left : 4));
  const q = quotes.id[i]! > 0 ? (quotes.mark[i] ? 2 : 1) : 0;
  sink.addHash(mix(K.q, q));
  sink.addHash(mix(mix(K.qw, q > 0 ? 1 : 0), w));
  sink.addHash(mix(mix(K.qk, q > 0 ? 1 : 0), k));
  const qPrev = i > 0 && quotes.id[i - 1]! > 0 && quotes.id[i - 1] !== quotes.id[i];
  const qNext = i + 1 < n && quotes.id[i + 1]! > 0 && quotes.id[i + 1] !== quotes.id[i];
  sink.addHash(mix(K.qadj, (qPrev ? 2 : 0) + (qNext ? 1 : 0)));
  sink.addHash(mix(K.lm, lm));
  sink.addHash(mix(mix(K.lmp1, lm), wp1));
  sink.addHash(mix(mix(K.wm1lm, wm1), lm));
  sink.addHash(mix(mix(K.sq, ctx.sentQuoted[s]!), k));
  // A quotation closing just before ("...,” said X") or opening just after ("said: “...").
  let before = 0;
  for (let j = i - 1; j >= i - 3 && j >= sent.tokenStart; j--) {
    if (quotes.mark[j] === 2) {
      before = i - j;
      break;
    }
  }
  let after = 0;
  for (let j = i + 1; j <= i + 3 && j < sent.tokenEnd; j++) {
    if (quotes.mark[j] === 1) {
      after = j - i;
      break;
    }
  }
  sink.addHash(mix(mix(K.qnear, before * 4 + after), k));
  sink.addHash(mix(K.wm3, i > 2 && sentOf[i - 3] === s ? hWord[i - 3]! : EDGE));
  sink.addHash(mix(K.wp3, i + 3 < n && sentOf[i + 3] === s ? hWord[i + 3]! : EDGE));
  // Who is around: "Mr. Putin said", "said he", "according to officials".
  const { mention } = ctx;
  const mm1 = i > 0 && sentOf[i - 1] === s ? mention[i - 1]! & 15 : 31;
  const mp1 = i + 1 < n && sentOf[i + 1] === s ? mention[i + 1]! & 15 : 31;
  sink.addHash(mix(K.m, mention[i]!));
  sink.addHash(mix(K.mm1, mm1));
  sink.addHash(mix(K.mp1, mp1));
  sink.addHash(mix(mix(K.mm1w, mm1), w));
  sink.addHash(mix(mix(K.mp1w, mp1), w));
}
