/**
 * Chooses the article's containers from a page scan, in the spirit of Readability's scoring
 * but read-only: prose credits its ancestors, link-heavy and furniture-named subtrees lose,
 * and siblings that read like the same article join the winner.
 */
import { linkDensity, type ElementStat, type PageScan } from './scan';

const ITEM_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'DD', 'DT', 'TD', 'TH']);
const HEADING = /^H[1-6]$/;

/** The winning container, its score, and the ordered roots to read (winner plus siblings). */
export interface Container {
  top: ElementStat;
  score: number;
  roots: ElementStat[];
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

function childrenOf(scan: PageScan, parent: ElementStat): ElementStat[] {
  const out: ElementStat[] = [];
  for (const c of Array.from(parent.el.children)) {
    const i = scan.index.get(c);
    if (i !== undefined) out.push(scan.stats[i] as ElementStat);
  }
  return out;
}

function reads(s: ElementStat): boolean {
  const d = linkDensity(s);
  if (s.text >= 80) return d < 0.25;
  return s.text > 0 && d === 0 && s.tag === 'P';
}

/** Picks the best container and the siblings that belong with it; null when nothing scores. */
export function chooseContainer(scan: PageScan, scores: Float64Array): Container | null {
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > 0 && (best < 0 || scores[i]! > scores[best]!)) best = i;
  }
  if (best < 0) return null;
  const { stats } = scan;
  let top = stats[best] as ElementStat;
  const score = scores[best]!;
  // Climb through wrappers that add almost nothing, so headings beside the prose come along.
  while (top.parent >= 0) {
    const p = stats[top.parent] as ElementStat;
    if (p.tag === 'BODY' || p.furniture || p.text > top.text * 1.1) break;
    top = p;
  }
  const parent = top.parent >= 0 ? (stats[top.parent] as ElementStat) : null;
  if (!parent) return { top, score, roots: [top] };
  const threshold = Math.max(10, score * 0.2);
  const topClass = top.el.getAttribute('class');
  const roots = childrenOf(scan, parent).filter((c) => {
    if (c === top) return true;
    if (c.furniture) return false;
    const i = scan.index.get(c.el)!;
    const bonus = topClass && c.el.getAttribute('class') === topClass ? score * 0.2 : 0;
    return scores[i]! + bonus >= threshold || (ITEM_TAGS.has(c.tag) && reads(c));
  });
  return { top, score, roots };
}
