/**
 * Chooses the article's containers from a page scan, in the spirit of Readability's scoring
 * but read-only: prose credits its ancestors, link-heavy and furniture-named subtrees lose,
 * and siblings that read like the same article join the winner.
 */
import { CONTAINER_MODEL } from './container-model';
import { bestCandidate, candidateFeatures, type ContainerModel } from './container-rank';
import { linkDensity, type ElementStat, type PageScan } from './scan';
import { runSteps } from './steps';

const ITEM_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'DD', 'DT', 'TD', 'TH']);
const HEADING = /^H[1-6]$/;

/** The winning container, its score, and the ordered roots to read (winner plus siblings). */
export interface Container {
  top: ElementStat;
  score: number;
  roots: ElementStat[];
  /** Prose characters in the container (paragraphs that are not furniture or link lists). */
  prose: number;
  paragraphs: number;
  headings: number;
}

/** Counts prose paragraphs and headings in the subtree starting at stats[i] (pre-order). */
function subtreeCounts(scan: PageScan, i: number): { paragraphs: number; headings: number } {
  const { stats } = scan;
  const depth = (stats[i] as ElementStat).depth;
  let paragraphs = 0;
  let headings = 0;
  for (let j = i; j < stats.length; j++) {
    const s = stats[j] as ElementStat;
    if (j > i && s.depth <= depth) break;
    if (HEADING.test(s.tag)) headings++;
    else if (!s.furniture && s.ownText >= 25 && s.ownLinkText / s.ownText < 0.35) paragraphs++;
  }
  return { paragraphs, headings };
}

function baseScore(s: ElementStat): number {
  switch (s.tag) {
    case 'DIV':
    case 'ARTICLE':
    case 'MAIN':
    case 'SECTION':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3;
    case 'TH':
      return -5;
    default:
      return HEADING.test(s.tag) ? -5 : 0;
  }
}

/** Readability-style content score per element index (0 where nothing credited it). */
export function scoreCandidates(scan: PageScan): Float64Array {
  const { stats } = scan;
  const scores = new Float64Array(stats.length);
  const seen = new Uint8Array(stats.length);
  for (let i = 0; i < stats.length; i++) {
    const s = stats[i] as ElementStat;
    if (s.furniture || s.ownText < 25 || HEADING.test(s.tag)) continue;
    const ownDensity = s.ownLinkText / s.ownText;
    const points = (1 + s.ownCommas + Math.min(Math.floor(s.ownText / 100), 3)) * (1 - ownDensity);
    // A paragraph credits its parent; a div holding prose directly is itself the container.
    let j = ITEM_TAGS.has(s.tag) ? s.parent : i;
    for (let level = 0; level < 5 && j >= 0; level++) {
      const a = stats[j] as ElementStat;
      if (!seen[j]) {
        seen[j] = 1;
        scores[j] = baseScore(a) + a.hint * 25;
      }
      scores[j] = scores[j]! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      j = a.parent;
    }
  }
  for (let i = 0; i < stats.length; i++) {
    if (seen[i]) scores[i] = scores[i]! * (1 - linkDensity(stats[i] as ElementStat));
  }
  return scores;
}

/** Prose each subtree holds: text of paragraphs that are not furniture and not mostly links. */
export function proseTotals(scan: PageScan): Float64Array {
  const { stats } = scan;
  const prose = new Float64Array(stats.length);
  for (let i = stats.length - 1; i >= 0; i--) {
    const s = stats[i] as ElementStat;
    if (
      !s.furniture &&
      s.ownText >= 25 &&
      !HEADING.test(s.tag) &&
      s.ownLinkText / s.ownText < 0.35
    ) {
      prose[i] = prose[i]! + s.ownText;
    }
    if (s.parent >= 0) prose[s.parent] = prose[s.parent]! + prose[i]!;
  }
  return prose;
}

/** Weight of non-prose text against prose in the fallback choice. */
const NOISE_WEIGHT = 1;

/** The subtree that best trades prose against all other text: the choice without a model. */
function fallbackChoice(scan: PageScan, scores: Float64Array, prose: Float64Array): number {
  let best = -1;
  let bestValue = 0;
  scan.stats.forEach((s, i) => {
    if (s.furniture || prose[i] === 0 || s.tag === 'HTML') return;
    const value = prose[i]! - NOISE_WEIGHT * (s.text - prose[i]!) + 0.01 * scores[i]!;
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  });
  return best;
}

/**
 * Picks the article's subtree: the learned ranking (`container-rank.ts`) among subtrees with
 * enough prose, else the subtree that best trades prose against other text. Null when the
 * page has no prose at all.
 */
export function chooseContainer(
  scan: PageScan,
  scores: Float64Array,
  model: ContainerModel = CONTAINER_MODEL,
): Container | null {
  return runSteps(chooseContainerSteps(scan, scores, model));
}

/**
 * `chooseContainer` in steps, pausing (yielding) between its passes over the scan: with its
 * code still cold, on a large page the whole choice took up to 37 ms (bench:page's pages).
 */
export function* chooseContainerSteps(
  scan: PageScan,
  scores: Float64Array,
  model: ContainerModel = CONTAINER_MODEL,
): Generator<void, Container | null> {
  const prose = proseTotals(scan);
  yield;
  const { index, rows } = candidateFeatures(scan, prose, scores);
  yield;
  const k = model.weights.length > 0 ? bestCandidate(rows, model) : -1;
  const best = k >= 0 ? index[k]! : fallbackChoice(scan, scores, prose);
  if (best < 0) return null;
  const top = scan.stats[best] as ElementStat;
  return {
    top,
    score: scores[best]!,
    roots: [top],
    prose: prose[best]!,
    ...subtreeCounts(scan, best),
  };
}
