/**
 * Ranks candidate containers with a linear model learned from WCXB dev articles (which
 * subtree, read by the block walker, best matches the human-reviewed body). One hand-set
 * trade-off of prose against other text cannot serve both failure modes: articles whose
 * tables, lists and headings outweigh their paragraphs, and articles next to teaser lists
 * whose excerpts look like prose.
 */
import type { ElementStat, PageScan } from './scan';

/** Candidate feature names, in the order of `candidateFeatures` rows. */
export const CANDIDATE_FEATURES = [
  'logProse',
  'logText',
  'proseShare',
  'linkShare',
  'headingShare',
  'otherShare',
  'hint',
  'negativeHint',
  'depth',
  'proseOfBest',
  'proseOfBest4',
  'textOfPage',
  'logScore',
  'scoreOfBest',
  'netProseOfBest',
  'tagArticle',
  'tagMain',
  'tagBody',
  'tagSection',
] as const;

/** A linear ranking: the candidate with the highest `weights · x` wins. */
export interface ContainerModel {
  weights: number[];
  /** Cross-validated mean word F1 of the chosen containers on WCXB dev articles. */
  cv?: { f1: number; baseline: number };
}

/** Subtrees with less prose than this are not candidates (a teaser, a caption). */
export const MIN_CANDIDATE_PROSE = 150;

const HEADING = /^H[1-6]$/;

/** Heading text (outside furniture) per subtree. */
function headingTotals(scan: PageScan): Float64Array {
  const { stats } = scan;
  const out = new Float64Array(stats.length);
  for (let i = stats.length - 1; i >= 0; i--) {
    const s = stats[i] as ElementStat;
    if (!s.furniture && HEADING.test(s.tag)) out[i] = s.text;
    if (s.parent >= 0) out[s.parent] = out[s.parent]! + out[i]!;
  }
  return out;
}

/** Candidate element indices and their feature rows. */
export function candidateFeatures(
  scan: PageScan,
  prose: Float64Array,
  scores: Float64Array,
): { index: number[]; rows: number[][] } {
  const { stats } = scan;
  const heads = headingTotals(scan);
  const index: number[] = [];
  let maxProse = 1;
  let maxScore = 1;
  for (let i = 0; i < stats.length; i++) {
    const s = stats[i] as ElementStat;
    if (s.furniture || s.tag === 'HTML' || prose[i]! < MIN_CANDIDATE_PROSE) continue;
    index.push(i);
    maxProse = Math.max(maxProse, prose[i]!);
    maxScore = Math.max(maxScore, scores[i]!);
  }
  const pageText = Math.max(1, stats[0]?.text ?? 0);
  const rows = index.map((i) => {
    const s = stats[i] as ElementStat;
    const p = prose[i]!;
    const text = Math.max(1, s.text);
    const other = Math.max(0, s.text - p - s.linkText);
    const ofBest = p / maxProse;
    return [
      Math.log1p(p),
      Math.log1p(s.text),
      p / text,
      s.linkText / text,
      heads[i]! / text,
      other / text,
      s.hint,
      s.hint < 0 ? 1 : 0,
      s.depth / 20,
      ofBest,
      ofBest ** 4,
      s.text / pageText,
      Math.log1p(Math.max(0, scores[i]!)),
      scores[i]! / maxScore,
      (2 * p - s.text) / maxProse,
      s.tag === 'ARTICLE' ? 1 : 0,
      s.tag === 'MAIN' ? 1 : 0,
      s.tag === 'BODY' ? 1 : 0,
      s.tag === 'SECTION' ? 1 : 0,
    ];
  });
  return { index, rows };
}

/** Index into `rows` of the best-ranked candidate (-1 when there are none). */
export function bestCandidate(rows: number[][], model: ContainerModel): number {
  let best = -1;
  let bestValue = -Infinity;
  rows.forEach((x, k) => {
    let v = 0;
    for (let j = 0; j < x.length; j++) v += (model.weights[j] ?? 0) * x[j]!;
    if (v > bestValue) {
      bestValue = v;
      best = k;
    }
  });
  return best;
}
