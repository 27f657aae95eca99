/**
 * Walks the chosen containers in reading order and feeds their prose to a TextMapBuilder,
 * leaving out what sits inside an article but is not its text: share bars, related links,
 * "Read more" lines, ads, captions, newsletter boxes.
 */
import type { Deadline } from './budget';
import { renderedChildren } from './children';
import { BLOCK_TAGS, FURNITURE_TAGS } from './hints';
import { linkDensity, type ElementStat, type PageScan } from './scan';
import { runSteps } from './steps';
import { TextMapBuilder } from './text-map-builder';
import type { TextMap } from './types';

const LINKY_TAGS = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'TABLE', 'P', 'LI', 'NAV', 'SPAN']);
const BOILERPLATE_LINE =
  /^(advertisement|advert|sponsored( content)?|continue reading|read more|related( articles| stories| posts)?|see also|also read|more from|share( this)?|back to top|skip to|sign up|subscribe|follow us|click here|posted (by|on|in)|filed under|tags?:)\b/i;

// "Posted by X at <date>" and similar lines, often inline spans at the end of a post.
const POST_META =
  /(^|[-_\s])(posted|postmeta|post-meta|entry-meta|entry-footer|byline|dateline|timestamp)([-_\s]|$)/i;

/** What the walker needs besides the scan: the headline to drop if the body repeats it. */
export interface WalkOptions {
  title?: string;
  /** The document's <title>: a heading it contains, before any text, is the headline. */
  docTitle?: string;
}

/** A heading that only repeats the page's headline (WCXB bodies leave the title out). */
function isHeadline(s: ElementStat, opts: WalkOptions, atStart: boolean): boolean {
  if (!/^H[1-3]$/.test(s.tag)) return false;
  const text = normalise(blockText(s.el));
  if (!text) return false;
  if (opts.title && text === normalise(opts.title)) return true;
  return atStart && text.length >= 8 && !!opts.docTitle && normalise(opts.docTitle).includes(text);
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function blockText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when a descendant of a chosen root is furniture rather than article text. */
function isBoilerplate(s: ElementStat, opts: WalkOptions, rootText: number): boolean {
  if (s.text === 0) return s.tag !== 'BR';
  if (s.tag === 'FIGCAPTION') return true;
  // A <header> or "meta"-named wrapper holding most of the text is layout, not furniture.
  if ((FURNITURE_TAGS.has(s.tag) || s.hint < 0) && s.text < rootText * 0.5) return true;
  if (LINKY_TAGS.has(s.tag) && linkDensity(s) > 0.5) return true;
  if (s.text < 120 && POST_META.test(s.el.getAttribute('class') ?? '')) return true;
  return s.text < 80 && BLOCK_TAGS.has(s.tag) && BOILERPLATE_LINE.test(blockText(s.el));
}

/**
 * Whether `display: none` from stylesheets can be checked cheaply: browsers lay the page out
 * anyway; happy-dom would compute CSS for every ancestor, so Node relies on attributes only.
 */
function canCheckLayout(doc: Document): boolean {
  const win = doc.defaultView as (Window & { happyDOM?: unknown }) | null;
  return !!win && win.happyDOM === undefined && typeof doc.body?.checkVisibility === 'function';
}

/** Emits the visible prose under `roots` (document order) as a TextMap. */
export function walkBlocks(
  roots: ElementStat[],
  scan: PageScan,
  opts: WalkOptions,
  deadline: Deadline,
): TextMap {
  return runSteps(walkBlockSteps(roots, scan, opts, deadline, () => false));
}

/** `walkBlocks` in slices: pauses (yields) whenever `due()` says the slice is spent. */
export function* walkBlockSteps(
  roots: ElementStat[],
  scan: PageScan,
  opts: WalkOptions,
  deadline: Deadline,
  due: () => boolean,
): Generator<void, TextMap> {
  const b = new TextMapBuilder();
  // Exit markers (null node) close block elements so the following text starts a new block.
  const stack: { node: Node | null; pre: boolean; block: boolean }[] = [];
  for (let r = roots.length - 1; r >= 0; r--) {
    stack.push({ node: (roots[r] as ElementStat).el, pre: false, block: true });
  }
  const rootText = roots.reduce((n, s) => n + s.text, 0);
  const isRoot = new Set(roots.map((s) => s.el));
  const layout = roots[0] ? canCheckLayout(roots[0].el.ownerDocument) : false;
  let steps = 0;
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f.node === null) {
      if (f.block) b.breakBlock();
      continue;
    }
    if ((++steps & 255) === 0) {
      if ((steps & 1023) === 0) deadline.check();
      if (due()) yield;
    }
    const node = f.node;
    if (node.nodeType === 3) {
      b.appendText(node as Text, f.pre);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const i = scan.index.get(node as Element);
    if (i === undefined) continue; // hidden, script, form control: not scanned, not text
    const s = scan.stats[i] as ElementStat;
    if (s.tag === 'BR') {
      b.breakLine();
      continue;
    }
    if (!isRoot.has(s.el) && isBoilerplate(s, opts, rootText)) continue;
    if (isHeadline(s, opts, b.size === 0)) continue;
    const block = BLOCK_TAGS.has(s.tag);
    if (layout && block && !s.el.checkVisibility()) continue;
    const pre = f.pre || s.tag === 'PRE';
    if (block) b.breakBlock();
    stack.push({ node: null, pre, block });
    const kids = renderedChildren(s.el);
    for (let k = kids.length - 1; k >= 0; k--)
      stack.push({ node: kids[k] as Node, pre, block: false });
  }
  return b.finish();
}
