/**
 * A windowed list of items of varying height: only the items in and near the viewport are
 * in the DOM, the rest is stood in for by padding. Heights start as estimates and are
 * replaced by measurements once an item has been rendered.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  items: T[];
  /** An item's identity: the same thing listed again, filtered or not, has the same key. */
  keyOf(item: T): string;
  /**
   * What of the item is shown, as a number (say, how many rows): a measured height is reused
   * only for the same key and variant. Kept apart from the key so no key string is built per
   * item on every pass (1,000 of them per search).
   */
  variantOf?(item: T): number;
  /** A guess at an item's height (px) before it has been measured. */
  estimate(item: T): number;
  render(item: T, index: number): ComponentChildren;
  /** Accessible name of the list. */
  label: string;
  /** Scroll so this item is in view (changes of `seq` repeat the request). */
  reveal?: { index: number; seq: number };
  /** Called after every render with the rendered range. */
  onRendered?(first: number, last: number): void;
  /** Extra pixels rendered above and below the viewport. */
  overscan?: number;
}

const FALLBACK_VIEWPORT = 600;

/** Renders `items` windowed inside a scrolling `<ul>`; each item renders its own `<li>`. */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, keyOf, variantOf, estimate, render, label, reveal, onRendered } = props;
  const overscan = props.overscan ?? 250;
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, { variant: number; size: number }>());
  // Kept current on every scroll event, so any render places the window where the list is.
  const scrollTop = useRef(0);
  const [, setScrolled] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  // Once per list: each item's height (measured, else estimated) and their running sums. A
  // measurement then patches these numbers in place: no render pass runs unless the window
  // itself moves (every pass over 1,000 items built 1,000 key strings, most of a search's
  // time in the list).
  const layout = useMemo(() => {
    const sizes = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const known = heights.current.get(keyOf(item));
      sizes[i] = known && known.variant === (variantOf?.(item) ?? 0) ? known.size : estimate(item);
    }
    const offsets = new Float64Array(items.length + 1);
    sumFrom(sizes, offsets, 0);
    return { sizes, offsets };
  }, [items, keyOf, variantOf, estimate]);
  const { offsets } = layout;

  const windowAt = (top: number, height: number) => ({
    first: Math.max(0, lastAtOrBefore(offsets, top - overscan)),
    last: Math.min(items.length, lastAtOrBefore(offsets, top + height + overscan) + 1),
  });
  const { first, last } = windowAt(scrollTop.current, viewport);

  useLayoutEffect(() => {
    const el = scroller.current;
    const ul = list.current;
    // Never more than the window: if a stylesheet fails to bound the list, it must not
    // render every item.
    const height = Math.min(el?.clientHeight ?? 0, el?.ownerDocument.defaultView?.innerHeight ?? 0);
    // Read every height first, then write: one layout for the whole window. The children
    // are items[first..last) in order, so an item needs no attribute lookup.
    const children = ul?.children ?? [];
    const measuredNow: number[] = [];
    for (let i = 0; i < children.length; i++) {
      measuredNow.push((children[i] as HTMLElement).offsetHeight);
    }
    let from = -1;
    measuredNow.forEach((size, i) => {
      const at = first + i;
      if (at >= items.length || size <= 0 || layout.sizes[at] === size) return;
      const item = items[at]!;
      heights.current.set(keyOf(item), { variant: variantOf?.(item) ?? 0, size });
      layout.sizes[at] = size;
      if (from === -1) from = at;
    });
    if (from !== -1) sumFrom(layout.sizes, offsets, from);
    const next = windowAt(scrollTop.current, height > 0 ? height : viewport);
    if (height > 0 && height !== viewport) setViewport(height);
    else if (next.first !== first || next.last !== last) setScrolled((n) => n + 1);
    // The spacers are written here, not rendered: a measurement that leaves the window where
    // it is changes only them, without another render pass.
    if (ul) {
      ul.style.paddingTop = `${offsets[first]}px`;
      ul.style.paddingBottom = `${offsets[items.length]! - offsets[last]!}px`;
    }
    onRendered?.(first, last);
  });

  // A scroll re-renders only when it moves the window's first or last item, not per event.
  const range = useRef({ first, last });
  range.current = { first, last };
  const onScroll = (event: Event) => {
    const top = (event.currentTarget as HTMLElement).scrollTop;
    scrollTop.current = top;
    const next = windowAt(top, viewport);
    if (next.first !== range.current.first || next.last !== range.current.last) {
      setScrolled((n) => n + 1);
    }
  };

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!reveal || !el) return;
    const top = offsets[reveal.index] ?? 0;
    const bottom = offsets[reveal.index + 1] ?? top;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight && top > el.scrollTop) el.scrollTop = top;
    scrollTop.current = el.scrollTop;
    setScrolled((n) => n + 1);
  }, [reveal?.seq]);

  return (
    <div ref={scroller} class="vlist" onScroll={onScroll}>
      <ul ref={list} aria-label={label}>
        {items.slice(first, last).map((item, i) => render(item, first + i))}
      </ul>
    </div>
  );
}

/** Fills `offsets` (running sums of `sizes`) from index `from` on. */
function sumFrom(sizes: Float64Array, offsets: Float64Array, from: number): void {
  for (let i = from; i < sizes.length; i++) offsets[i + 1] = offsets[i]! + sizes[i]!;
}

/** Index of the last item starting at or before `y`. */
function lastAtOrBefore(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
