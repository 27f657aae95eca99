/**
 * Maps a pointer position to the body offset of the character under it. Caret APIs return the
 * nearest caret position even over blank margins, so the character's own box must contain
 * the point; otherwise nothing is under the pointer.
 */
import { offsetsFromRange } from '../article/text-map';
import type { TextMap } from '../article/types';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

interface HighlightRegistryWithHit {
  highlightsFromPoint?(x: number, y: number): unknown[];
}

/** The caret's text node and offset at a viewport point, whichever API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function charContains(doc: Document, node: Text, i: number, x: number, y: number): boolean {
  if (i < 0 || i >= node.data.length) return false;
  const range = doc.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * Whether any highlight lies under the point, where the browser can say
 * (`CSS.highlights.highlightsFromPoint`), so a pointer over plain text costs no caret lookup;
 * undefined where it cannot.
 */
export function highlightAt(win: Window, x: number, y: number): boolean | undefined {
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistryWithHit } }).CSS
    ?.highlights;
  if (typeof registry?.highlightsFromPoint !== 'function') return undefined;
  try {
    return registry.highlightsFromPoint(x, y).length > 0;
  } catch {
    // Firefox's content-script wrappers may refuse the page registry's result.
    return undefined;
  }
}

/** The body offset of the character under viewport point (x, y), or null. */
export function offsetAtPoint(doc: Document, map: TextMap, x: number, y: number): number | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  // The caret sits before or after the character under the pointer.
  const i = charContains(doc, node, caret.offset, x, y)
    ? caret.offset
    : charContains(doc, node, caret.offset - 1, x, y)
      ? caret.offset - 1
      : -1;
  if (i < 0) return null;
  const range = doc.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  const offsets = offsetsFromRange(map, range);
  return offsets && offsets.end > offsets.start ? offsets.start : null;
}
