/**
 * Features for the cue tagger: the word and its neighbours, lexicon classes, shapes and
 * quotation state. Cues are verb groups, noun cues ("claims that", "his view") and phrases
 * ("according to"), so a window of two words each side carries most of the signal.
 */
import type { FeatureSink } from '../tagger/features';
import type { ClaimContext } from './context';
import { lemma } from './lexicon';

const NONE = '<s>';

/** Writes the cue-tagger features of token `i`. */
export function cueFeatures(ctx: ClaimContext, i: number, sink: FeatureSink): void {
  const { lower, shape, kind, sentOf, quotes } = ctx;
  const n = lower.length;
  const s = sentOf[i]!;
  const at = (k: number) => (k >= 0 && k < n && sentOf[k] === s ? lower[k]! : NONE);
  const kd = (k: number) => (k >= 0 && k < n && sentOf[k] === s ? kind[k]! : NONE);
  const w = lower[i]!;
  const w1 = at(i - 1);
  const w2 = at(i + 1);
  sink.add('b');
  sink.add('w', w);
  sink.add('sh', shape[i]);
  sink.add('k', kind[i]);
  sink.add('s3', w.length > 3 ? w.slice(-3) : w);
  sink.add('s2', w.length > 2 ? w.slice(-2) : w);
  sink.add('w-1', w1);
  sink.add('w+1', w2);
  sink.add('w-2', at(i - 2));
  sink.add('w+2', at(i + 2));
  sink.add('w-1w', w1 + ' ' + w);
  sink.add('ww+1', w + ' ' + w2);
  sink.add('w+1w+2', w2 + ' ' + at(i + 2));
  sink.add('w-2w-1', at(i - 2) + ' ' + w1);
  sink.add('k-1', kd(i - 1));
  sink.add('k+1', kd(i + 1));
  sink.add('kw+1', kind[i] + ' ' + w2);
  sink.add('w-1k', w1 + ' ' + kind[i]);
  sink.add('sh-1', i > 0 ? shape[i - 1] : NONE);
  sink.add('sh+1', i + 1 < n ? shape[i + 1] : NONE);
  const sent = ctx.sentences[s]!;
  const pos = i - sent.tokenStart;
  const left = sent.tokenEnd - 1 - i;
  sink.add('pos', pos < 4 ? String(pos) : pos < 10 ? 'mid' : 'far');
  sink.add('left', left < 4 ? String(left) : 'more');
  const q = quotes.id[i]! > 0;
  sink.add('q', q ? (quotes.mark[i] ? 'mark' : 'in') : 'out');
  sink.add('qw', (q ? 'in ' : 'out ') + w);
  sink.add('qk', (q ? 'in ' : 'out ') + kind[i]);
  const qPrev = i > 0 && quotes.id[i - 1]! > 0 && quotes.id[i - 1] !== quotes.id[i];
  const qNext = i + 1 < n && quotes.id[i + 1]! > 0 && quotes.id[i + 1] !== quotes.id[i];
  sink.add('qadj', (qPrev ? 'L' : '-') + (qNext ? 'R' : '-'));
  const lm = lemma(w);
  sink.add('lm', lm);
  sink.add('lm+1', lm + ' ' + w2);
  sink.add('w-1lm', w1 + ' ' + lm);
  sink.add('sq', (sentHasQuote(ctx, s) ? 'q ' : '- ') + kind[i]);
}

/** Whether a sentence holds a quote mark (cached per context). */
function sentHasQuote(ctx: ClaimContext, s: number): boolean {
  let cache = quoteCache.get(ctx);
  if (!cache) {
    cache = new Uint8Array(ctx.sentences.length);
    for (let i = 0; i < ctx.tokens.length; i++) if (ctx.quotes.mark[i]) cache[ctx.sentOf[i]!] = 1;
    quoteCache.set(ctx, cache);
  }
  return cache[s] === 1;
}

const quoteCache = new WeakMap<ClaimContext, Uint8Array>();
