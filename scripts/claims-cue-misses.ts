/**
 * What the cue stage misses on a held-out tenth of PolNeAR train: every gold cue no predicted
 * cue overlaps (one-to-one, as the evaluator matches), sorted by form, lexicon class, length,
 * quotation, source, and whether the raw tagger had it before the repair and nesting rules
 * dropped it. Also the false cues by form. Never run on dev.
 *
 * Usage: CLAIMS_FOLD=0 npx tsx scripts/claims-cue-misses.ts HELDOUT.json [N examples]
 * HELDOUT.json is written by `CLAIMS_HELDOUT_OUT=... npm run train:claims`.
 */
import { extent, type Range } from './lib/polnear';
import type { Prepared } from './lib/claims-train';
import { hashString, tagGreedy } from '../utils/nlp/tagger';
import { draftClaims } from '../utils/nlp/claims/pipeline';
import { heldoutSetup, matchCues } from './lib/claims-heldout';
import { cueAllowed, cueFeatureFn, cueSpans } from '../utils/nlp/claims/taggers';

const { models, held, fold, nEx } = heldoutSetup('claims-cue-misses.ts HELDOUT.json [N]', 40);

const tallies = new Map<string, Map<string, number>>();
function bump(table: string, k: string): void {
  const t = tallies.get(table) ?? new Map<string, number>();
  t.set(k, (t.get(k) ?? 0) + 1);
  tallies.set(table, t);
}
/** Per cue form: gold count and found count, for recall by form. */
const byForm = new Map<string, [number, number]>();
const examples: string[] = [];
const falses: string[] = [];
let nGold = 0;
let nMissed = 0;
let nPred = 0;
let nFalse = 0;

/** One-to-one matching by largest overlap; returns the matched gold and predicted indices. */
/** Indices of the matched gold and predicted cues. */
function match(gold: Range[], pred: Range[]): [Set<number>, Set<number>] {
  const pairs = matchCues(gold, pred);
  return [new Set(pairs.map(([g]) => g)), new Set(pairs.map(([, q]) => q))];
}

const suffixPos = (w: string): string =>
  /^(said|told|says|thought|wrote|knew|felt)$/.test(w)
    ? 'irregular verb'
    : /ed$/.test(w)
      ? '-ed'
      : /ing$/.test(w)
        ? '-ing'
        : /(ion|ment|ance|ence|ism|ity|sal|ure)s?$/.test(w)
          ? 'noun suffix'
          : /s$/.test(w)
            ? '-s'
            : 'other';

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const DETERMINERS = new Set(
  "the a an his her their its our my your this that these those 's".split(' '),
);

/**
 * The structural reason a gold cue went unmatched, first that applies: a predicted cue
 * overlaps it but was matched to another gold cue (two gold cues merged into one), a predicted
 * cue ends or starts within two tokens (a boundary miss), every word is on the cue skip list
 * (never scored), a colon, a noun phrase cue (determiner or possessive first, or a noun
 * ending), else a verb or other phrase the tagger never proposed.
 */
function missClass(
  p: Prepared,
  gold: Range[],
  pred: Range[],
  matchedPred: Set<number>,
  g: Range,
  t0: number,
  t1: number,
): string {
  const { ctx, tokens: tk } = p;
  if (pred.some((q, pi) => matchedPred.has(pi) && overlaps(q, g)))
    return 'merged: a predicted cue overlapping it matched another gold cue';
  const s = ctx.sentOf[t0];
  const near = pred.some((q) => {
    const a = tk.findIndex((t) => t.end > q.start);
    let b = a;
    while (b < tk.length && tk[b]!.start < q.end) b++;
    return ctx.sentOf[a] === s && ((b <= t0 && t0 - b < 2) || (a >= t1 && a - t1 < 2));
  });
  if (near) return 'boundary: a predicted cue within 2 tokens';
  const words = ctx.lower.slice(t0, t1);
  if (models.cueSkip && words.every((w) => models.cueSkip!.has(hashString(w))))
    return 'every word on the cue skip list';
  if (words.includes(':')) return 'colon';
  const last = words[words.length - 1] ?? '';
  if (
    DETERMINERS.has(words[0] ?? '') ||
    /(ion|ment|ance|ence|ism|ity|sal|ure|ship)s?$/.test(last) ||
    (t0 > 0 && ["'s", '’s'].includes(ctx.lower[t0 - 1]!))
  )
    return 'noun phrase';
  if (words.some((_, k) => ctx.kind[t0 + k])) return 'holds a lexicon word';
  return t1 - t0 > 2 ? 'other phrase (3+ tokens)' : 'other word or pair';
}

function analyse(p: Prepared): void {
  const { text } = p.doc;
  const tk = p.tokens;
  const ctx = p.ctx;
  const tokRange = ([a, b]: [number, number]): Range => ({
    start: tk[a]!.start,
    end: tk[b - 1]!.end,
  });
  const { drafts } = draftClaims(text, tk, p.sentences, models, ctx.mention);
  const pred = drafts.map((d) => tokRange(d.cue));
  const raw = cueSpans(
    tagGreedy(models.cue, tk.length, cueFeatureFn(ctx, models.cueSkip), cueAllowed),
  ).map(tokRange);
  const gold = p.doc.attributions.map((g) => extent(g.cue)!);
  const [mG, mP] = match(gold, pred);
  const [mGraw] = match(gold, raw);
  const predContent = drafts.flatMap((d) => d.content.map(tokRange));
  const goldContent = p.doc.attributions.map((g) => g.content);
  nGold += gold.length;
  nPred += pred.length;
  const tokAt = (pos: number) => tk.findIndex((t) => t.end > pos);
  gold.forEach((g, gi) => {
    const a = p.doc.attributions[gi]!;
    const cueText = a.cue
      .map((r) => text.slice(r.start, r.end))
      .join(' … ')
      .toLowerCase()
      .replace(/\s+/g, ' ');
    const f = byForm.get(cueText) ?? [0, 0];
    f[0]++;
    if (mG.has(gi)) f[1]++;
    byForm.set(cueText, f);
    if (mG.has(gi)) return;
    nMissed++;
    const t0 = tokAt(g.start);
    let t1 = t0;
    while (t1 < tk.length && tk[t1]!.start < g.end) t1++;
    const words = ctx.lower.slice(t0, t1);
    const s = ctx.sentOf[t0]!;
    const sent = p.sentences[s]!;
    bump('raw tagger had it', mGraw.has(gi) ? 'yes (dropped after tagging)' : 'no');
    const why = missClass(p, gold, pred, mP, g, t0, t1);
    bump('why no match', why);
    bump('length in tokens', String(Math.min(t1 - t0, 4)) + (a.cue.length > 1 ? ' discont.' : ''));
    const kinds = words.map((_, k) => ctx.kind[t0 + k]).filter(Boolean);
    bump('lexicon word in cue', kinds.length ? `yes (${kinds[0]})` : 'no');
    const head = words.find((_, k) => ctx.kind[t0 + k]) ?? words[words.length - 1] ?? '';
    bump('suffix of lexicon/last word', suffixPos(head));
    bump('in quotation', ctx.quotes.id[t0]! > 0 ? 'yes' : 'no');
    bump('sentence quoted', ctx.sentQuoted[s] ? 'yes' : 'no');
    bump('gold source', a.source.length ? 'yes' : 'none');
    const predInSent = pred.filter((r) => r.start >= sent.start && r.end <= sent.end).length;
    bump('predicted cues in sentence', String(Math.min(predInSent, 3)));
    const goldInSent = gold.filter((r) => r.start >= sent.start && r.end <= sent.end).length;
    bump('gold cues in sentence', String(Math.min(goldInSent, 3)));
    const inPredContent = predContent.some((r) => r.start <= g.start && r.end >= g.end);
    bump('inside a predicted content', inPredContent ? 'yes' : 'no');
    const inGoldContent = goldContent.some(
      (rs, k) => k !== gi && rs.some((r) => r.start <= g.start && r.end >= g.end),
    );
    bump('inside another gold content', inGoldContent ? 'yes' : 'no');
    const sentLen = sent.tokenEnd - sent.tokenStart;
    bump(
      'sentence length',
      sentLen < 15 ? '<15' : sentLen < 30 ? '15-29' : sentLen < 50 ? '30-49' : '50+',
    );
    bump(
      'position in sentence',
      t0 - sent.tokenStart < 3 ? 'first 3' : sent.tokenEnd - t1 < 3 ? 'last 3' : 'middle',
    );
    const near = ctx.mention.slice(
      Math.max(sent.tokenStart, t0 - 3),
      Math.min(sent.tokenEnd, t1 + 3),
    );
    bump('actor mention within 3 tokens', near.some((x) => x) ? 'yes' : 'no');
    bump('cue form', cueText);
    bump('first word', words[0] ?? '');
    if (process.env.MISS_WITH_PRED && !predInSent) return;
    // The sentence with the missed cue in [brackets] and predicted cues in {braces}.
    const marks = [
      ...pred
        .filter((r) => r.start >= sent.start && r.end <= sent.end)
        .map((r) => [r.start, r.end, '{', '}'] as const),
      [g.start, g.end, '[', ']'] as const,
    ].sort((x, y) => y[0] - x[0]);
    let sentText = text.slice(sent.start, sent.end);
    for (const [a, b, o, c] of marks) {
      if (a < sent.start || b > sent.end) continue;
      sentText = sentText.slice(0, b - sent.start) + c + sentText.slice(b - sent.start);
      sentText = sentText.slice(0, a - sent.start) + o + sentText.slice(a - sent.start);
    }
    examples.push(
      `${p.doc.name} (${why.split(/[:(]/)[0]!.trim()}): ${sentText.replace(/\s+/g, ' ').slice(0, 400)}`,
    );
  });
  pred.forEach((q, pi) => {
    if (mP.has(pi)) return;
    nFalse++;
    const inGoldContent = goldContent.some((rs) =>
      rs.some((r) => r.start <= q.start && r.end >= q.end),
    );
    bump('false cue inside a gold content', inGoldContent ? 'yes' : 'no');
    bump(
      'false cue overlaps a gold cue matched to another predicted cue',
      gold.some((g) => overlaps(g, q)) ? 'yes (split)' : 'no',
    );
    bump('false cue form', text.slice(q.start, q.end).toLowerCase());
    const s = p.sentences[ctx.sentOf[tk.findIndex((t) => t.end > q.start)]!]!;
    const where = inGoldContent ? 'in gold content' : 'free';
    const qd = ctx.quotes.id[tk.findIndex((t) => t.end > q.start)]! > 0 ? ', quoted' : '';
    falses.push(
      `${p.doc.name} (${where}${qd}): [${text.slice(q.start, q.end)}] ` +
        text
          .slice(Math.max(s.start, q.start - 90), Math.min(s.end, q.end + 60))
          .replace(/\s+/g, ' '),
    );
  });
}

held.forEach(analyse);
console.log(
  `fold ${fold}: gold cues ${nGold}, missed ${nMissed} (recall ${((100 * (nGold - nMissed)) / nGold).toFixed(1)}); ` +
    `predicted ${nPred}, false ${nFalse} (precision ${((100 * (nPred - nFalse)) / nPred).toFixed(1)})`,
);
for (const [name, t] of tallies) {
  const rows = [...t].sort((a, b) => b[1] - a[1]);
  const top = name.includes('form') || name === 'first word' ? rows.slice(0, 40) : rows;
  console.log(`\n${name}:`);
  for (const [k, n] of top) console.log(`${String(n).padStart(5)}  ${k}`);
}
console.log('\nrecall by cue form (gold >= 8):');
for (const [k, [g, f]] of [...byForm]
  .filter(([, v]) => v[0] >= 8)
  .sort((a, b) => b[1][0] - a[1][0]))
  console.log(`${String(g).padStart(5)} ${((100 * f) / g).toFixed(0).padStart(4)}%  ${k}`);
const step = Math.max(1, Math.floor(examples.length / nEx));
console.log('\nexamples:');
for (let i = 0; i < examples.length && i / step < nEx; i += step) console.log(examples[i]);
console.log('\nfalse cues:');
const fstep = Math.max(1, Math.floor(falses.length / nEx));
for (let i = 0; i < falses.length && i / fstep < nEx; i += fstep) console.log(falses[i]);
