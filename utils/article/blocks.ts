/**
 * Walks the chosen containers in reading order and feeds their prose to a TextMapBuilder,
 * leaving out what sits inside an article but is not its text: share bars, related links,
 * "Read more" lines, ads, captions, newsletter boxes.
 */
import type { Deadline } from './budget';
import { BLOCK_TAGS, FURNITURE_TAGS } from './hints';
import { linkDensity, type ElementStat, type PageScan } from './scan';
import { TextMapBuilder } from './text-map-builder';
import type { TextMap } from './types';

const LINKY_TAGS = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'TABLE', 'P', 'LI', 'NAV', 'SPAN']);
const BOILERPLATE_LINE =
  /^(advertisement|advert|sponsored( content)?|continue reading|read more|related( articles| stories| posts)?|see also|also read|more from|share( this)?|back to top|skip to|sign up|subscribe|follow us|click here)\b/i;

/** What the walker needs besides the scan: the headline to drop if the body repeats it. */
export interface WalkOptions {
  title?: string;
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
  if (FURNITURE_TAGS.has(s.tag) || s.tag === 'FIGCAPTION') return true;
  if (s.hint < 0 && s.text < rootText * 0.5) return true;
  if (LINKY_TAGS.has(s.tag) && linkDensity(s) > 0.5) return true;
  if (s.text < 80 && BLOCK_TAGS.has(s.tag) && BOILERPLATE_LINE.test(blockText(s.el))) return true;
  if (s.tag === 'H1' && opts.title && normalise(blockText(s.el)) === normalise(opts.title)) {
    return true;
  }
  return false;
}

/** Emits the visible prose under `roots` (document order) as a TextMap. */
export function walkBlocks(
  roots: ElementStat[],
  scan: PageScan,
  opts: WalkOptions,
  deadline: Deadline,
): TextMap {
  const b = new TextMapBuilder();
  // Exit markers (null node) close block elements so the following text starts a new block.
  const stack: { node: Node | null; pre: boolean; block: boolean }[] = [];
  for (let r = roots.length - 1; r >= 0; r--) {
    stack.push({ node: (roots[r] as ElementStat).el, pre: false, block: true });
  }
  const rootText = roots.reduce((n, s) => n + s.text, 0);
  const isRoot = new Set(roots.map((s) => s.el));
  let steps = 0;
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f.node === null) {
      if (f.block) b.breakBlock();
      continue;
    }
    if ((++steps & 1023) === 0) deadline.check();
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
    const block = BLOCK_TAGS.has(s.tag);
    const pre = f.pre || s.tag === 'PRE';
    if (block) b.breakBlock();
    stack.push({ node: null, pre, block });
    const kids = s.el.childNodes;
    for (let k = kids.length - 1; k >= 0; k--)
      stack.push({ node: kids[k] as Node, pre, block: false });
  }
  return b.finish();
}
