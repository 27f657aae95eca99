/**
 * Reads what the content script painted, from the page's main world: the CSS Custom Highlight
 * registry belongs to the document, so every world sees the same `CSS.highlights` entries.
 */
import type { Page } from 'puppeteer-core';

/** One painted range and where in the page it starts and ends. */
export interface PaintedRange {
  /** The highlight's registry name, e.g. `margin-person`. */
  name: string;
  text: string;
  /** The first of the `excluded` selectors enclosing either end, or null. */
  excludedBy: string | null;
  /** Both ends lie inside the `body` selector. */
  inBody: boolean;
}

/** Where the article body is and what counts as page furniture. */
export interface Regions {
  body: string;
  excluded: string[];
}

/** Every range of every `margin-*` highlight currently registered in the page. */
export async function paintedRanges(page: Page, regions: Regions): Promise<PaintedRange[]> {
  return page.evaluate(({ body, excluded }) => {
    const out: { name: string; text: string; excludedBy: string | null; inBody: boolean }[] = [];
    const elementOf = (node: Node): Element | null =>
      node instanceof Element ? node : node.parentElement;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('margin-')) continue;
      for (const range of highlight as Highlight) {
        if (!(range instanceof Range)) continue;
        const ends = [elementOf(range.startContainer), elementOf(range.endContainer)];
        const excludedBy =
          excluded.find((selector) => ends.some((el) => el?.closest(selector))) ?? null;
        const inBody = ends.every((el) => Boolean(el?.closest(body)));
        out.push({ name, text: range.toString(), excludedBy, inBody });
      }
    }
    return out;
  }, regions);
}

/** Counts ranges per highlight name. */
export function countByName(ranges: PaintedRange[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of ranges) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/**
 * Polls until `accept` holds for the painted ranges and they have stopped changing for
 * `settleMs` (painting may come in steps); returns them, or throws with what was last seen.
 */
export async function waitForPaint(
  page: Page,
  regions: Regions,
  accept: (ranges: PaintedRange[]) => boolean,
  { timeoutMs = 30_000, settleMs = 600 } = {},
): Promise<PaintedRange[]> {
  const deadline = Date.now() + timeoutMs;
  let last: PaintedRange[] = [];
  let lastKey = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    last = await paintedRanges(page, regions);
    const key = JSON.stringify(last);
    if (key !== lastKey) {
      lastKey = key;
      stableSince = Date.now();
    } else if (accept(last) && Date.now() - stableSince >= settleMs) {
      return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(
    `paint not as expected after ${timeoutMs} ms; last seen: ${JSON.stringify(countByName(last))}`,
  );
}
