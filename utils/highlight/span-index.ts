/**
 * An interval index over the article's spans: which actor mentions and claim parts cover a
 * body offset. Highlights fire no events, so hit-testing maps the pointer to an offset and
 * looks it up here. Spans are sorted by start with a running maximum of ends, so a lookup is
 * a binary search plus a walk over the spans that can still reach the offset.
 */

/** A span of body text carrying what it marks. */
export interface IndexedSpan<T> {
  start: number;
  end: number;
  item: T;
}

/** Looks up the spans covering an offset or overlapping a range. */
export interface SpanIndex<T> {
  /** Spans with `start <= offset < end`, innermost (shortest) first. */
  at(offset: number): IndexedSpan<T>[];
  /** Spans overlapping `[start, end)`, in text order. */
  overlapping(start: number, end: number): IndexedSpan<T>[];
  readonly size: number;
}

/** Builds an index over `spans`; empty and inverted spans are dropped. */
export function createSpanIndex<T>(spans: Iterable<IndexedSpan<T>>): SpanIndex<T> {
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const maxEnd: number[] = [];
  let running = -Infinity;
  for (const span of sorted) {
    running = Math.max(running, span.end);
    maxEnd.push(running);
  }

  // Index of the last span starting before `offset`, or -1.
  const lastStartingBefore = (offset: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  const collect = (from: number, start: number, end: number): IndexedSpan<T>[] => {
    const out: IndexedSpan<T>[] = [];
    // maxEnd is non-decreasing, so once it falls to `start` no earlier span reaches it.
    for (let i = from; i >= 0 && maxEnd[i]! > start; i--) {
      const span = sorted[i]!;
      if (span.end > start && span.start < end) out.push(span);
    }
    return out;
  };

  return {
    size: sorted.length,
    at(offset) {
      return collect(lastStartingBefore(offset + 1), offset, offset + 1).sort(
        (a, b) => a.end - a.start - (b.end - b.start),
      );
    },
    overlapping(start, end) {
      if (end <= start) return [];
      return collect(lastStartingBefore(end), start, end).sort((a, b) => a.start - b.start);
    },
  };
}
