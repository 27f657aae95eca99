/**
 * The two claim taggers' label sets, feature functions (with label history) and BIO
 * constraints, shared by run time and by `scripts/train-claims.ts` so both see the same features.
 */
import { combineHash as mix, type Allowed, type FeatureFn } from '../tagger';
import type { HistoryFeatureFns, StaticFeatureFn } from '../tagger/beam';
import type { ClaimContext } from './context';
import { cueFeatures, key } from './cue-features';
import { roleFeatures, type RoleContext } from './role-features';

/** Cue tagger labels: outside, begin, inside. */
export const CUE_LABELS = ['O', 'B', 'I'] as const;
/** Role tagger labels: outside, source begin/inside, content begin/inside. */
export const ROLE_LABELS = ['O', 'B-S', 'I-S', 'B-C', 'I-C'] as const;

const CUE_B = 1;
const C = { p: key('p'), pw: key('pw'), seen: key('seen'), seenq: key('seenq') };
const R = {
  p: key('rp'),
  pp: key('rpp'),
  pw: key('rpw'),
  pq: key('rpq'),
  endsent: key('endsent'),
  endpara: key('endpara'),
};
const CUE_I = 2;

/**
 * Cue feature function over a whole text. Outside a cue, a word in `skip` (frequent words that
 * practically never begin a PolNeAR cue) writes no features, so it is tagged "O" unscored:
 * about half the tokens, at almost no cost in recall (see train-claims.ts).
 */
export function cueFeatureFn(ctx: ClaimContext, skip?: ReadonlySet<number>): FeatureFn {
  let lastB = -1;
  return (i, history, sink) => {
    // Positions come in order, so the last cue start is tracked instead of searched for.
    if (i === 0) lastB = -1;
    else if (history[i - 1] === CUE_B) lastB = i - 1;
    const p = i > 0 && ctx.sentOf[i - 1] === ctx.sentOf[i] ? history[i - 1]! : 3;
    if (skip && (p === 0 || p === 3) && skip.has(ctx.hWord[i]!)) return;
    cueFeatures(ctx, i, sink);
    sink.addHash(mix(C.p, p));
    sink.addHash(mix(mix(C.pw, p), ctx.hWord[i]!));
    // PolNeAR marks only the outermost attribution: a cue already in the sentence matters.
    const first = ctx.sentences[ctx.sentOf[i]!]!.tokenStart;
    const seen = lastB < first ? 0 : i - lastB < 4 ? 1 : 2;
    sink.addHash(mix(mix(C.seen, seen), ctx.hKind[i]!));
    sink.addHash(mix(C.seenq, seen * 2 + (ctx.quotes.id[i]! > 0 ? 1 : 0)));
  };
}

/** "I" only continues a cue. */
export const cueAllowed: Allowed = (_i, prev, label) =>
  label !== CUE_I || prev === CUE_B || prev === CUE_I;

/** Training: gold "I" after a predicted "O" is learnt as "B" (the cue starts here for the tagger). */
export const cueReachable = (_i: number, prev: number, truth: number): number =>
  truth === CUE_I && prev !== CUE_B && prev !== CUE_I ? CUE_B : truth;

/** The role features of the token at right-to-left position j that do not depend on labels. */
export function roleStaticFn(rc: RoleContext): StaticFeatureFn {
  const n = rc.ctx.tokens.length;
  return (j, sink) => roleFeatures(rc, n - 1 - j, sink);
}

/** The role features of position j given the labels of the two tokens to its right. */
export function roleHistoryFns(rc: RoleContext): HistoryFeatureFns {
  const n = rc.ctx.tokens.length;
  const { sentOf, paraOf, hWord, quotes } = rc.ctx;
  return {
    pair(p, p2, sink) {
      sink.addHash(mix(R.p, p));
      sink.addHash(mix(R.pp, p2 * 8 + p));
    },
    prev(j, p, sink) {
      const i = n - 1 - j;
      sink.addHash(mix(mix(R.pw, p), hWord[i]!));
      sink.addHash(mix(R.pq, p * 2 + (quotes.id[i]! > 0 ? 1 : 0)));
      if (i + 1 === n || sentOf[i + 1] !== sentOf[i]) sink.addHash(mix(R.endsent, p));
      if (i + 1 === n || paraOf[i + 1] !== paraOf[i]) sink.addHash(mix(R.endpara, p));
    },
  };
}

/**
 * Role feature function. The role tagger reads the text right to left: spans are anchored at
 * their cue, and a source or a content before its cue is best grown leftwards from the cue.
 * Position j is token n-1-j; the history holds the labels of the tokens to the right.
 */
export function roleFeatureFn(rc: RoleContext): FeatureFn {
  const fixed = roleStaticFn(rc);
  const moving = roleHistoryFns(rc);
  return (j, history, sink) => {
    if (!fixed(j, sink)) return;
    // The text's end reads like any sentence end, so the last sentence is tagged like the rest.
    const p = j > 0 ? history[j - 1]! : 0;
    moving.pair(p, j > 1 ? history[j - 2]! : 0, sink);
    moving.prev(j, p, sink);
  };
}

/** Cue tokens are never source or content; "I-x" only continues "B-x"/"I-x" (right to left). */
export function roleAllowed(rc: RoleContext): Allowed {
  const n = rc.ctx.tokens.length;
  return (j, prev, label) => {
    if (rc.isCue[n - 1 - j]) return label === 0;
    if (label === 2) return prev === 1 || prev === 2;
    if (label === 4) return prev === 3 || prev === 4;
    return true;
  };
}

/**
 * Training: a gold "I-x" the constraint forbids after the predicted history is learnt as "B-x"
 * (the span's right end for the right-to-left tagger); a cue token stays "O".
 */
export function roleReachable(rc: RoleContext): (j: number, prev: number, truth: number) => number {
  const allowed = roleAllowed(rc);
  return (j, prev, truth) =>
    allowed(j, prev, truth) ? truth : truth === 2 || truth === 4 ? truth - 1 : truth;
}

/**
 * Left-to-right BIO labels (B at span starts) turned into the right-to-left sequence the role
 * tagger learns: reversed, with B marking each span's right end.
 */
export function reverseRoleLabels(labels: ArrayLike<number>): Int32Array {
  const n = labels.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (!l) continue;
    const b = l === 1 || l === 2 ? 1 : 3;
    const next = i + 1 < n ? labels[i + 1]! : 0;
    out[n - 1 - i] = next === b + 1 ? b + 1 : b;
  }
  return out;
}

/** Token ranges [start, end) of the cues in a cue label sequence. */
export function cueSpans(labels: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== CUE_B) continue;
    let j = i + 1;
    while (j < labels.length && labels[j] === CUE_I) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/** A source or content run found by the role tagger, as a token range. */
export interface RoleSpan {
  role: 'S' | 'C';
  start: number;
  end: number;
}

/** Source and content runs (left-to-right token ranges) of a right-to-left role sequence. */
export function roleSpans(reversed: ArrayLike<number>): RoleSpan[] {
  const n = reversed.length;
  const out: RoleSpan[] = [];
  for (let j = 0; j < n; j++) {
    const l = reversed[j]!;
    if (l !== 1 && l !== 3) continue;
    let k = j + 1;
    while (k < n && reversed[k] === l + 1) k++;
    out.push({ role: l === 1 ? 'S' : 'C', start: n - k, end: n - j });
    j = k - 1;
  }
  return out.reverse();
}
