/**
 * The fallback painter for browsers without the CSS Custom Highlight API: each text node a
 * range covers is wrapped in a `<margin-mark data-group=...>` element that highlights.css
 * styles. Every range of a paint is read into (node, offsets) pieces before any node is split;
 * the marks are unwrapped and the split text nodes merged again on clear, leaving the page as
 * it was.
 */
import type { Painter } from './painter';

/** The element the fallback wraps text in. */
export const MARK_TAG = 'margin-mark';

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n) && (n as Text).data.length > 0) out.push(n as Text);
  }
  return out;
}

interface Piece {
  from: number;
  to: number;
}

/** The covered part of each text node, read before the DOM changes at all. */
function piecesOf(ranges: Iterable<Range>): Map<Text, Piece[]> {
  const pieces = new Map<Text, Piece[]>();
  for (const range of ranges) {
    for (const node of textNodesIn(range)) {
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to > from) pieces.set(node, [...(pieces.get(node) ?? []), { from, to }]);
    }
  }
  return pieces;
}

function wrap(ranges: Iterable<Range>, name: string, priority: number): Element[] {
  const marks: Element[] = [];
  for (const [original, list] of piecesOf(ranges)) {
    // Last piece first: `splitText` keeps the head in the original node, so the offsets of
    // the pieces still to wrap stay valid.
    for (const { from, to } of list.sort((a, b) => b.from - a.from)) {
      let node = original;
      if (to > node.data.length) continue; // overlaps a piece already wrapped
      if (to < node.data.length) node.splitText(to);
      if (from > 0) node = node.splitText(from);
      const mark = node.ownerDocument.createElement(MARK_TAG);
      mark.setAttribute('data-group', name);
      mark.setAttribute('data-priority', String(priority));
      node.parentNode?.insertBefore(mark, node);
      mark.appendChild(node);
      marks.push(mark);
    }
  }
  return marks;
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  parent.normalize();
}

/** A painter that wraps text in removable elements. */
export function createWrapPainter(): Painter {
  const groups = new Map<string, Element[]>();
  const clear = (name: string) => {
    for (const mark of groups.get(name) ?? []) unwrap(mark);
    groups.delete(name);
  };
  return {
    supported: true,
    paint(name, ranges, priority = 0) {
      clear(name);
      groups.set(name, wrap(ranges, name, priority));
    },
    add(name, range, priority = 0) {
      groups.set(name, [...(groups.get(name) ?? []), ...wrap([range], name, priority)]);
    },
    clear,
    clearAll() {
      for (const name of [...groups.keys()]) clear(name);
    },
  };
}
