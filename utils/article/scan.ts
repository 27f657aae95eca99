/**
 * One bounded, iterative pass over the live DOM that measures every visible element (text,
 * link text, commas, prose it owns directly) without touching the page. Detection features
 * and body extraction both read from this scan, so the page is walked once.
 */
import { BudgetExceeded, type Deadline } from './budget';
import { renderedChildren } from './children';
import { BLOCK_TAGS, FURNITURE_TAGS, SKIP_TAGS, classHint, isHiddenElement } from './hints';
import { runSteps } from './steps';

/** Measurements of one visible element. Totals include the whole visible subtree. */
export interface ElementStat {
  el: Element;
  tag: string;
  /** Index of the parent's stat, -1 for the root. */
  parent: number;
  depth: number;
  /** Class/id/role hint in [-1, 1]. */
  hint: number;
  /** This element or an ancestor is a landmark or named like page furniture. */
  furniture: boolean;
  text: number;
  linkText: number;
  commas: number;
  /** Text whose nearest block ancestor is this element: the prose it holds itself. */
  ownText: number;
  ownCommas: number;
  ownLinkText: number;
}

/** Result of scanning a document: per-element stats in document order plus tag counts. */
export interface PageScan {
  stats: ElementStat[];
  index: Map<Element, number>;
  tagCounts: Map<string, number>;
  /** Elements seen, visible or not. */
  elementCount: number;
  maxDepth: number;
  /** Body elements metadata readers look for, in document order (see `markOf`). */
  marks: Map<string, Element[]>;
}

const MARKED_TAGS = new Set(['META', 'SCRIPT', 'TIME', 'LINK', 'BUTTON', 'INPUT']);
const BYLINE_CLASS = /(^|\s)(byline|author|author-name|byline__name)(\s|$)/;

/**
 * Collects, during the one walk, what metadata readers would otherwise find with
 * querySelector (a full-document walk each, and slow in happy-dom).
 */
function mark(marks: Map<string, Element[]>, key: string, el: Element): void {
  const list = marks.get(key);
  if (list) list.push(el);
  else marks.set(key, [el]);
}

function collectMarks(el: Element, tag: string, marks: Map<string, Element[]>): void {
  if (MARKED_TAGS.has(tag)) mark(marks, tag, el);
  if (el.hasAttribute('itemtype')) mark(marks, 'itemtype', el);
  const prop = el.getAttribute('itemprop');
  if (prop) {
    if (/(^|\s)author(\s|$)/.test(prop)) mark(marks, 'itemprop:author', el);
    if (/(^|\s)datePublished(\s|$)/.test(prop)) mark(marks, 'itemprop:datePublished', el);
  }
  const rel = el.getAttribute('rel');
  if (rel && /(^|\s)author(\s|$)/i.test(rel)) mark(marks, 'rel:author', el);
  const cls = el.getAttribute('class');
  if (cls && BYLINE_CLASS.test(cls)) mark(marks, 'class:byline', el);
}

/** Marked body elements of one kind: META, SCRIPT, TIME, LINK, BUTTON, INPUT, itemtype, itemprop:author,
 * itemprop:datePublished, rel:author, class:byline. */
export function markOf(scan: PageScan, key: string): Element[] {
  return scan.marks.get(key) ?? [];
}

interface Frame {
  node: Node;
  parent: number;
  depth: number;
  owner: number;
  inLink: boolean;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Trimmed length: a cheap stand-in for rendered length. */
function visibleLength(s: string): number {
  return s.trim().length;
}

/** Walks `root` (normally `document.body`) and measures every visible element. */
export function scanPage(root: Element, deadline: Deadline): PageScan {
  return runSteps(scanSteps(root, deadline, () => false));
}

/**
 * `scanPage` in slices: the walk pauses (the generator yields) whenever `due()` says the
 * current slice of main-thread time is spent, and goes on where it stopped when resumed.
 */
export function* scanSteps(
  root: Element,
  deadline: Deadline,
  due: () => boolean,
): Generator<void, PageScan> {
  const { maxElements, maxDepth, maxTextChars } = deadline.budget;
  const stats: ElementStat[] = [];
  const index = new Map<Element, number>();
  const tagCounts = new Map<string, number>();
  const marks = new Map<string, Element[]>();
  const stack: Frame[] = [{ node: root, parent: -1, depth: 0, owner: -1, inLink: false }];
  let elementCount = 0;
  let deepest = 0;
  let totalChars = 0;
  while (stack.length > 0) {
    const f = stack.pop() as Frame;
    const node = f.node;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      totalChars += data.length;
      if (totalChars > maxTextChars) throw new BudgetExceeded('too-much-text');
      const len = visibleLength(data);
      if (len === 0 || f.owner < 0) continue;
      const commas = countChar(data, ',');
      const parent = stats[f.parent] as ElementStat;
      parent.text += len;
      parent.commas += commas;
      if (f.inLink) parent.linkText += len;
      const owner = stats[f.owner] as ElementStat;
      owner.ownText += len;
      owner.ownCommas += commas;
      if (f.inLink) owner.ownLinkText += len;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (++elementCount > maxElements) throw new BudgetExceeded('too-many-elements');
    if (f.depth > maxDepth) throw new BudgetExceeded('too-deep');
    if ((elementCount & 255) === 0) {
      deadline.check();
      if (due()) yield;
    }
    const tag = el.tagName.toUpperCase();
    tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    collectMarks(el, tag, marks);
    if (SKIP_TAGS.has(tag) || isHiddenElement(el)) continue;
    if (f.depth > deepest) deepest = f.depth;
    // Body classes name the layout ("has-sidebar"), not the content.
    const hint = tag === 'BODY' || tag === 'HTML' ? 0 : classHint(el);
    const i = stats.length;
    stats.push({
      el,
      tag,
      parent: f.parent,
      depth: f.depth,
      hint,
      furniture: false,
      text: 0,
      linkText: 0,
      commas: 0,
      ownText: 0,
      ownCommas: 0,
      ownLinkText: 0,
    });
    index.set(el, i);
    const owner = BLOCK_TAGS.has(tag) || f.owner < 0 ? i : f.owner;
    const inLink = f.inLink || tag === 'A';
    const kids = renderedChildren(el);
    for (let k = kids.length - 1; k >= 0; k--) {
      const child = kids[k] as Node;
      stack.push({ node: child, parent: i, depth: f.depth + 1, owner, inLink });
    }
  }
  aggregate(stats);
  return { stats, index, tagCounts, elementCount, maxDepth: deepest, marks };
}

/** Rolls direct text up into subtree totals; children always follow their parent in `stats`. */
function aggregate(stats: ElementStat[]): void {
  for (let i = stats.length - 1; i > 0; i--) {
    const s = stats[i] as ElementStat;
    if (s.parent < 0) continue;
    const p = stats[s.parent] as ElementStat;
    p.text += s.text;
    p.linkText += s.linkText;
    p.commas += s.commas;
  }
  // A landmark holding most of the page (ASP.NET's page-wide <form>) is layout, not furniture.
  const pageText = stats[0]?.text ?? 0;
  for (const s of stats) {
    const self = (FURNITURE_TAGS.has(s.tag) || s.hint < 0) && s.text < pageText * 0.4;
    s.furniture = self || (s.parent >= 0 && (stats[s.parent] as ElementStat).furniture);
  }
}

/** Share of an element's text that sits inside links. */
export function linkDensity(s: ElementStat): number {
  return s.text === 0 ? 0 : s.linkText / s.text;
}
