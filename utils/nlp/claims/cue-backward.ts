/**
 * A second cue tagger that reads right to left. The forward tagger decides at each word with
 * only the cues to its left in view; the backward one sees what follows (a cue later in the
 * sentence, the quotation a verb introduces), so the two miss different cues. It runs only on
 * the sentences where the forward tagger found no cue: its cues in the others, added beside the
 * forward ones, cost more end-to-end than they gained (held-out tenths of train).
 */
import { combineHash as mix, type FeatureFn } from '../tagger';
import type { ClaimContext } from './context';
import { cueFeatures, key } from './cue-features';

const B = 1;
const I = 2;
const K = { p: key('bp'), pw: key('bpw'), seen: key('bseen'), seenq: key('bseenq') };

/**
 * Backward cue feature function: position j is token n-1-j; its history holds the labels of
 * the tokens to the right, where "B" marks a cue's last token and "I" continues it leftwards.
 * Words in `skip` outside a cue, and every word of a sentence marked in `done`, are left "O".
 */
export function cueBackFeatureFn(
  ctx: ClaimContext,
  skip?: ReadonlySet<number>,
  done?: Uint8Array,
): FeatureFn {
  const n = ctx.tokens.length;
  let lastB = -1;
  return (j, history, sink) => {
    const i = n - 1 - j;
    if (j === 0) lastB = n;
    else if (history[j - 1] === B) lastB = i + 1;
    if (done && done[ctx.sentOf[i]!]) return;
    const p = j > 0 && ctx.sentOf[i + 1] === ctx.sentOf[i] ? history[j - 1]! : 3;
    if (skip && (p === 0 || p === 3) && skip.has(ctx.hWord[i]!)) return;
    cueFeatures(ctx, i, sink);
    sink.addHash(mix(K.p, p));
    sink.addHash(mix(mix(K.pw, p), ctx.hWord[i]!));
    // A cue later in the sentence: PolNeAR marks the outermost attribution only.
    const last = ctx.sentences[ctx.sentOf[i]!]!.tokenEnd;
    const seen = lastB >= last ? 0 : lastB - i < 4 ? 1 : 2;
    sink.addHash(mix(mix(K.seen, seen), ctx.hKind[i]!));
    sink.addHash(mix(K.seenq, seen * 2 + (ctx.quotes.id[i]! > 0 ? 1 : 0)));
  };
}

/** Forward cue labels (B at a cue's first token) as the backward tagger's sequence. */
export function reverseCueLabels(labels: ArrayLike<number>): Int32Array {
  const n = labels.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (l <= 0) {
      out[n - 1 - i] = l;
      continue;
    }
    out[n - 1 - i] = i + 1 < n && labels[i + 1] === I ? I : B;
  }
  return out;
}

/** Token ranges [start, end) of the cues in a backward label sequence. */
export function backCueSpans(reversed: ArrayLike<number>): [number, number][] {
  const n = reversed.length;
  const out: [number, number][] = [];
  for (let j = 0; j < n; j++) {
    if (reversed[j] !== B) continue;
    let k = j + 1;
    while (k < n && reversed[k] === I) k++;
    out.push([n - k, n - j]);
    j = k - 1;
  }
  return out.reverse();
}

/** The sentences holding one of `cues` (token ranges), as flags per sentence. */
export function sentencesWithCues(ctx: ClaimContext, cues: [number, number][]): Uint8Array {
  const out = new Uint8Array(ctx.sentences.length);
  for (const [a] of cues) out[ctx.sentOf[a]!] = 1;
  return out;
}

/** Forward and backward cues (token ranges in different sentences) merged in text order. */
export function mergeCues(
  forward: [number, number][],
  backward: [number, number][],
): [number, number][] {
  if (!backward.length) return forward;
  return [...forward, ...backward].sort((x, y) => x[0] - y[0]);
}
