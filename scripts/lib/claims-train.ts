/**
 * Training helpers for the claim taggers: articles prepared once (tokens, context, gold labels),
 * seeded epochs for both taggers, and held-out scores through the run-time pipeline.
 */
import { tokenGold, type TokenGold } from './claims-gold';
import { newTally, prf, scoreDoc, type PredAttribution } from './claims-metrics';
import type { PolnearDoc } from './polnear';
import { tokenize, type Token } from '../../utils/nlp/tokenize';
import { splitSentences, type Sentence } from '../../utils/nlp/sentences';
import {
  hashString,
  tagGreedy,
  type LinearModel,
  type PerceptronTrainer,
} from '../../utils/nlp/tagger';
import { buildContext, type ClaimContext } from '../../utils/nlp/claims/context';
import { mentionClasses } from '../../utils/nlp/claims/mentions';
import { findActors } from '../../utils/nlp/actors';
import { buildRoleContext } from '../../utils/nlp/claims/role-features';
import {
  cueAllowed,
  cueFeatureFn,
  cueReachable,
  cueSpans,
  reverseRoleLabels,
  roleAllowed,
  roleFeatureFn,
  roleReachable,
} from '../../utils/nlp/claims/taggers';
import { draftClaims, type ClaimModels } from '../../utils/nlp/claims/pipeline';

/** An article ready for training and scoring. */
export interface Prepared {
  doc: PolnearDoc;
  tokens: Token[];
  sentences: Sentence[];
  ctx: ClaimContext;
  gold: TokenGold & { roleReversed: Int32Array };
}

/** Tokenises an article and projects its gold attributions onto the tokens. */
export function prepare(doc: PolnearDoc): Prepared {
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens);
  const mention = mentionClasses(tokens, findActors(doc.text, tokens, sentences));
  const ctx = buildContext(doc.text, tokens, sentences, mention);
  const gold = tokenGold(tokens, doc.attributions);
  return {
    doc,
    tokens,
    sentences,
    ctx,
    gold: { ...gold, roleReversed: reverseRoleLabels(gold.role) },
  };
}

/** Seeded permutation (mulberry32), so every run visits articles in the same order. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A word seen this often that begins a cue less often than this is not scored for a cue. */
const SKIP_MIN_COUNT = 20;
const SKIP_MAX_RATE = 0.002;

/**
 * The frequent words that (almost) never begin a gold cue in `docs`, sorted. On the held-out
 * tenth of train they cover about half the tokens and 1.7% of cue starts.
 */
export function cueSkipWords(docs: Prepared[]): string[] {
  const seen = new Map<string, number>();
  const begins = new Map<string, number>();
  for (const p of docs) {
    p.ctx.lower.forEach((w, i) => {
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (p.gold.cue[i] === 1) begins.set(w, (begins.get(w) ?? 0) + 1);
    });
  }
  return [...seen]
    .filter(([w, n]) => n >= SKIP_MIN_COUNT && (begins.get(w) ?? 0) / n < SKIP_MAX_RATE)
    .map(([w]) => w)
    .sort();
}

/** The run-time form of a skip list. */
export const skipSet = (words: string[]): Set<number> => new Set(words.map(hashString));

/** One cue-tagger epoch over the articles in seeded order. */
export function cueEpoch(
  trainer: PerceptronTrainer,
  docs: Prepared[],
  epoch: number,
  skip?: ReadonlySet<number>,
): void {
  shuffled(docs, epoch).forEach((p, k) => {
    // Every fourth article is seen without the actor stage's mentions, so a cue is still found
    // where the actor stage missed the speaker (or was not run).
    const ctx = k % 4 === 3 ? { ...p.ctx, mention: new Uint8Array(p.tokens.length) } : p.ctx;
    trainer.trainGreedy(
      p.tokens.length,
      p.gold.cue,
      cueFeatureFn(ctx, skip),
      cueAllowed,
      cueReachable,
    );
  });
}

/** One role-tagger epoch; the tagger learns from gold cues. */
export function roleEpoch(trainer: PerceptronTrainer, docs: Prepared[], epoch: number): void {
  for (const p of shuffled(docs, 100 + epoch)) {
    const rc = buildRoleContext(p.ctx, p.gold.cueSpans);
    trainer.trainGreedy(
      p.tokens.length,
      p.gold.roleReversed,
      roleFeatureFn(rc),
      roleAllowed(rc),
      roleReachable(rc),
    );
  }
}

/** Cue span F1 (any overlap, one-to-one in text order) of a cue model on some articles. */
export function cueSpanF1(
  docs: Prepared[],
  model: LinearModel,
  skip?: ReadonlySet<number>,
): number {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const p of docs) {
    const pred = cueSpans(tagGreedy(model, p.tokens.length, cueFeatureFn(p.ctx, skip), cueAllowed));
    const gold = p.gold.cueSpans;
    np += pred.length;
    ng += gold.length;
    let g = 0;
    for (const [a, b] of pred) {
      while (g < gold.length && gold[g]![1] <= a) g++;
      if (g < gold.length && gold[g]![0] < b) {
        tp++;
        g++;
      }
    }
  }
  return np + ng ? (200 * tp) / (np + ng) : 0;
}

function toPred(p: Prepared, models: ClaimModels): PredAttribution[] {
  const { drafts } = draftClaims(p.doc.text, p.tokens, p.sentences, models, p.ctx.mention);
  const tk = p.tokens;
  const range = ([a, b]: [number, number]) => ({ start: tk[a]!.start, end: tk[b - 1]!.end });
  return drafts.map((d) => ({
    cue: range(d.cue),
    source: d.source ? range(d.source) : null,
    content: d.content.map(range),
  }));
}

/** Held-out figures of the draft pipeline (before actor linking and source sharing). */
export function pipelineScores(docs: Prepared[], models: ClaimModels) {
  const t = newTally();
  for (const p of docs) {
    const sents = p.sentences.map((s) => ({ start: s.start, end: s.end }));
    scoreDoc(t, p.doc.text, sents, p.doc.attributions, toPred(p, models));
  }
  return {
    cue: prf(t.cueOverlap).f,
    src: t.matchedCues ? (100 * t.sourceOverlap) / t.matchedCues : 0,
    content: prf(t.content).f,
    e2e: prf(t.endToEnd).f,
  };
}
