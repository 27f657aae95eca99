/**
 * The only code that paints on the page. Painting uses the CSS Custom Highlight API: ranges
 * are registered under a name and styled by `::highlight(name)` rules, so no text node is
 * split or wrapped and the page's layout never moves. Everything painted can be removed.
 * Browsers without the API get the element-wrapping fallback of wrap-painter.ts.
 */
import { createWrapPainter } from './wrap-painter';

/** Paints named groups of ranges on one document and removes them again. */
export interface Painter {
  /** Replaces everything painted under `name` with `ranges`; higher priority paints on top. */
  paint(name: string, ranges: Iterable<Range>, priority?: number): void;
  /** Adds one range to the group `name`. */
  add(name: string, range: Range, priority?: number): void;
  /** Removes one group. */
  clear(name: string): void;
  /** Removes everything this painter painted. */
  clearAll(): void;
  /** Whether the browser can paint at all. */
  readonly supported: boolean;
}

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => Set<Range> & { priority: number };
}

/**
 * A painter for `win`'s document: the Custom Highlight API where present, else (when
 * `fallback` is set) removable wrapping elements, else a no-op painter.
 */
export function createPainter(win: Window, { fallback = false } = {}): Painter {
  const registry = (win as unknown as HighlightWindow).CSS?.highlights;
  const HighlightCtor = (win as unknown as HighlightWindow).Highlight;
  const mine = new Map<string, Set<Range>>();
  const supported = Boolean(registry && HighlightCtor);
  if (!supported && fallback) return createWrapPainter();

  const group = (name: string, priority = 0): Set<Range> | undefined => {
    if (!registry || !HighlightCtor) return undefined;
    let highlight = mine.get(name);
    if (!highlight) {
      const created = new HighlightCtor();
      created.priority = priority;
      highlight = created;
      mine.set(name, highlight);
      registry.set(name, highlight);
    }
    return highlight;
  };

  return {
    supported,
    paint(name, ranges, priority) {
      const highlight = group(name, priority);
      if (!highlight) return;
      highlight.clear();
      for (const range of ranges) highlight.add(range);
    },
    add(name, range, priority) {
      group(name, priority)?.add(range);
    },
    clear(name) {
      // Only delete the registry entry if it is still ours: the page may reuse the name.
      if (registry && registry.get(name) === mine.get(name)) registry.delete(name);
      mine.delete(name);
    },
    clearAll() {
      for (const name of [...mine.keys()]) this.clear(name);
    },
  };
}
