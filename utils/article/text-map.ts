/**
 * Converts between body-text offsets and live DOM Ranges through a TextMap, so later stages
 * can highlight `[start, end)` on the real page and read a user's selection back as offsets.
 */
import type { TextMap, TextMapSegment } from './types';

/** Index of the segment holding character `p` (the last one when `p` is the text's end). */
function segmentAt(segments: TextMapSegment[], p: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nodePoint(seg: TextMapSegment, p: number): [Text, number] {
  return [seg.node, seg.synthetic ? seg.nodeOffset : seg.nodeOffset + (p - seg.start)];
}

/** A live Range covering body characters `[start, end)`; throws RangeError on an empty map. */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range {
  const { segments } = map;
  const first = segments[0];
  if (!first) throw new RangeError('empty text map');
  const len = map.text.length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  const range = first.node.ownerDocument.createRange();
  const startSeg = segments[segmentAt(segments, Math.min(s, len - 1))]!;
  const [sn, so] = s === len ? nodePoint(startSeg, startSeg.end) : nodePoint(startSeg, s);
  // The end boundary belongs to the segment holding the last covered character.
  const endSeg = segments[segmentAt(segments, Math.max(e - 1, s, 0))]!;
  const [en, eo] = e === s ? [sn, so] : nodePoint(endSeg, e);
  range.setStart(sn, so);
  range.setEnd(en, eo);
  return range;
}

const byNode = new WeakMap<TextMap, Map<Node, TextMapSegment[]>>();

function segmentsOf(map: TextMap, node: Node): TextMapSegment[] | undefined {
  let index = byNode.get(map);
  if (!index) {
    index = new Map();
    for (const seg of map.segments) {
      if (seg.synthetic) continue;
      const list = index.get(seg.node);
      if (list) list.push(seg);
      else index.set(seg.node, [seg]);
    }
    byNode.set(map, index);
  }
  return index.get(node);
}

/** Body offset of a boundary point inside a mapped Text node, or undefined. */
function offsetInNode(
  map: TextMap,
  node: Node,
  offset: number,
  isEnd: boolean,
): number | undefined {
  const list = segmentsOf(map, node);
  if (!list) return undefined;
  for (const seg of list) {
    const segLen = seg.end - seg.start;
    if (offset < seg.nodeOffset) return seg.start; // in collapsed whitespace before this run
    if (offset <= seg.nodeOffset + segLen) {
      if (isEnd || offset < seg.nodeOffset + segLen) return seg.start + offset - seg.nodeOffset;
    }
  }
  const last = list[list.length - 1]!;
  return isEnd || offset >= last.nodeOffset + (last.end - last.start) ? last.end : undefined;
}

/** Body offset for a boundary point outside mapped text, found by document order. */
function offsetByOrder(map: TextMap, node: Node, offset: number, isEnd: boolean): number {
  const probe = node.ownerDocument!.createRange();
  probe.setStart(node, offset);
  const real = map.segments.filter((s) => !s.synthetic);
  // Binary search for the first run that ends after the point, in document order.
  let lo = 0;
  let hi = real.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = real[mid]!;
    if (probe.comparePoint(seg.node, seg.nodeOffset + (seg.end - seg.start)) <= 0) lo = mid + 1;
    else hi = mid;
  }
  // Unmapped points never fall inside a run, so they sit between run lo - 1 and run lo.
  if (isEnd) return lo > 0 ? real[lo - 1]!.end : 0;
  return lo < real.length ? real[lo]!.start : map.text.length;
}

/** Body offsets `{start, end}` covered by a live Range, or null when it misses the body. */
export function offsetsFromRange(
  map: TextMap,
  range: Range,
): { start: number; end: number } | null {
  if (map.segments.length === 0) return null;
  const toOffset = (node: Node, offset: number, isEnd: boolean) =>
    offsetInNode(map, node, offset, isEnd) ?? offsetByOrder(map, node, offset, isEnd);
  const start = toOffset(range.startContainer, range.startOffset, false);
  const end = toOffset(range.endContainer, range.endOffset, true);
  if (end < start || (end === start && !range.collapsed)) return null;
  return { start, end };
}
