/**
 * Why matched cues still fail end-to-end on a held-out tenth of PolNeAR train: every gold
 * attribution whose cue the pipeline found (overlap, one-to-one) but whose source or content
 * fails the end-to-end test, sorted into causes, with counts and examples. Never run on dev.
 *
 * Usage: CLAIMS_FOLD=0 npx tsx scripts/claims-errors.ts HELDOUT.json [--gold-cues] [N examples]
 * HELDOUT.json is written by `CLAIMS_HELDOUT_OUT=... npm run train:claims` (models that never
 * saw the tenth). With --gold-cues the role stage runs on the gold cues instead.
 */
import { extent, trimRange, type Range } from './lib/polnear';
import type { Prepared } from './lib/claims-train';
import { wordRanges } from './lib/claims-metrics';
import { draftClaims } from '../utils/nlp/claims/pipeline';
import { heldoutSetup, matchCues } from './lib/claims-heldout';

const { models, held, fold, nEx, args } = heldoutSetup(
  'claims-errors.ts HELDOUT.json [--gold-cues] [N]',
  30,
);

const counts = new Map<string, number>();
const examples: string[] = [];
/** Each cause once per failure, without its boundary detail. */
const coarse = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
let matched = 0;
let failed = 0;

const ovl = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** What lies at a content boundary: the character class just past `at` (end) or before it. */
function boundary(text: string, at: number, after: boolean): string {
  const s = after ? text.slice(at, at + 3) : text.slice(Math.max(0, at - 3), at);
  const c = after ? s.trimStart()[0] : s.trimEnd().slice(-1);
  if (c === undefined) return 'text end';
  if (/[\n]/.test(after ? s : s.slice(-1))) return 'paragraph';
  if (/[.!?]/.test(c)) return 'sentence end';
  if (/["“”'’‘]/.test(c)) return 'quote mark';
  if (/[,;:—–-]/.test(c)) return 'clause punct';
  return 'word';
}

function contentCause(
  text: string,
  cue: Range,
  g: Range[],
  p: Range[],
  gw: Set<number>,
  pw: Set<number>,
): string {
  if (pw.size === 0) return 'content missing';
  if (gw.size === 0) return 'content present, gold empty';
  const ge = extent(g)!;
  const pe = extent(p)!;
  let inter = 0;
  for (const x of pw) if (gw.has(x)) inter++;
  if (inter === 0) {
    const gAfter = ge.start >= cue.end;
    const pAfter = pe.start >= cue.end;
    if (gAfter !== pAfter) return `content wrong side (gold ${gAfter ? 'after' : 'before'} cue)`;
    return 'content disjoint, same side';
  }
  const parts: string[] = [];
  // Which boundary is off, and what the gold span stops at there.
  if (pe.end > ge.end) parts.push(`end late (gold ends at ${boundary(text, ge.end, true)})`);
  else if (pe.end < ge.end) parts.push(`end early (pred stops at ${boundary(text, pe.end, true)})`);
  if (pe.start < ge.start)
    parts.push(`start early (gold starts at ${boundary(text, ge.start, false)})`);
  else if (pe.start > ge.start)
    parts.push(`start late (pred starts at ${boundary(text, pe.start, false)})`);
  return `content ${pw.size > gw.size ? 'too long' : 'too short'}: ${parts.join(', ') || 'gaps'}`;
}

function wordsIn(words: Range[], rs: Range[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    if (rs.some((r) => w.start >= r.start && w.end <= r.end)) out.add(i);
  });
  return out;
}

const clip = (s: string, n: number) =>
  s.length > n ? s.slice(0, n / 2) + ' … ' + s.slice(-n / 2) : s;

function analyse(p: Prepared): void {
  const text = p.doc.text;
  const tk = p.tokens;
  const rg = ([a, b]: [number, number]) =>
    trimRange(text, { start: tk[a]!.start, end: tk[b - 1]!.end });
  const cues = args.includes('--gold-cues') ? p.gold.cueSpans : undefined;
  const { drafts } = draftClaims(text, tk, p.sentences, models, p.ctx.mention, cues);
  const pred = drafts.map((d) => ({
    cue: rg(d.cue),
    source: d.source ? rg(d.source) : null,
    content: d.content.map(rg),
  }));
  const gold = p.doc.attributions;
  const words = wordRanges(text);
  const pairs = matchCues(
    gold.map((g) => extent(g.cue)!),
    pred.map((q) => q.cue),
  );
  for (const [gi, pi] of pairs) {
    matched++;
    const g = gold[gi]!;
    const q = pred[pi]!;
    const gs = extent(g.source);
    const causes: string[] = [];
    if (gs && !q.source) causes.push('source missing');
    else if (!gs && q.source) causes.push('source present, gold absent');
    else if (gs && q.source && !g.source.some((r) => ovl(r, q.source!))) {
      causes.push(
        q.source.start >= extent(g.cue)!.end !== gs.start >= extent(g.cue)!.end
          ? 'source wrong span (other side of cue)'
          : 'source wrong span (same side)',
      );
    }
    const gw = wordsIn(words, g.content);
    const pw = wordsIn(words, q.content);
    let inter = 0;
    for (const x of pw) if (gw.has(x)) inter++;
    const f = gw.size + pw.size ? (2 * inter) / (gw.size + pw.size) : 1;
    if (f < 0.5) causes.push(contentCause(text, extent(g.cue)!, g.content, q.content, gw, pw));
    if (!causes.length) continue;
    failed++;
    const key =
      causes.length > 1 ? causes.map((c) => c.split(/[:(]/)[0]!.trim()).join(' + ') : causes[0]!;
    bump(key);
    for (const c of causes) if (causes.length > 1) bump('  (any) ' + c);
    for (const c of causes) coarse.set(c.split(':')[0]!, (coarse.get(c.split(':')[0]!) ?? 0) + 1);
    const show = (rs: Range[]) =>
      rs.map((r) => clip(text.slice(r.start, r.end), 160)).join(' | ') || '-';
    examples.push(
      `[${causes.join('; ')}] ${p.doc.name}\n  cue  ${text.slice(extent(g.cue)!.start, extent(g.cue)!.end)}\n` +
        `  gold src ${gs ? text.slice(gs.start, gs.end) : '-'} | pred src ${q.source ? text.slice(q.source.start, q.source.end) : '-'}\n` +
        `  gold content ${show(g.content)}\n  pred content ${show(q.content)}`,
    );
  }
}

held.forEach(analyse);
console.log(
  `fold ${fold}${args.includes('--gold-cues') ? ' (gold cues)' : ''}: ${matched} matched cues, ${failed} fail end-to-end`,
);
console.log('by cause (a failure may have two):');
for (const [k, n] of [...coarse].sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(5)}  ${k}`);
console.log('in detail:');
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(5)}  ${k}`);
// Every k-th failure, so the examples spread over the tenth.
const step = Math.max(1, Math.floor(examples.length / nEx));
for (let i = 0; i < examples.length && i / step < nEx; i += step) console.log('\n' + examples[i]);
