/**
 * What the tests read from a hostile page's main world. The functions avoid Array methods,
 * `closest` and the like: the page may have replaced them (the probe kept the real `CSS`).
 */
import type { Frame, Page } from 'puppeteer-core';

/** What Margin left in one page or frame. */
export interface ProbeResult {
  /** Ranges painted under `margin-*` highlight names. */
  painted: number;
  /** Painted ranges with an end inside an editable element or form field. */
  inEditable: number;
  /** The article's text nodes as they are now equal the ones before Margin ran. */
  textUnchanged: boolean;
  /** The longest the page's main thread was blocked, ms. */
  maxGap: number;
}

/** Reads the probe's numbers from `target`. */
export function probe(target: Page | Frame): Promise<ProbeResult> {
  return target.evaluate(() => {
    const w = window as unknown as {
      __realCSS?: { highlights?: Map<string, Set<AbstractRange>> };
      __pristine?: string;
      __fingerprint?: () => string;
      __maxGap?: number;
    };
    let painted = 0;
    let inEditable = 0;
    const editable = (node: Node | null): boolean => {
      for (let n: Node | null = node; n; n = n.parentNode) {
        if (
          n instanceof HTMLElement &&
          (n.isContentEditable || /^(TEXTAREA|INPUT)$/.test(n.tagName))
        )
          return true;
      }
      return false;
    };
    const registry = w.__realCSS?.highlights;
    if (registry) {
      registry.forEach((highlight, name) => {
        if (name.indexOf('margin-') !== 0) return;
        highlight.forEach((range) => {
          painted++;
          if (editable(range.startContainer) || editable(range.endContainer)) inEditable++;
        });
      });
    }
    const now = w.__fingerprint ? w.__fingerprint() : '';
    return {
      painted,
      inEditable,
      textUnchanged: w.__pristine !== undefined && now === w.__pristine,
      maxGap: Math.round(w.__maxGap ?? -1),
    };
  });
}

/** Polls `target` until Margin painted something or `ms` passed; returns the last probe. */
export async function waitForPaint(target: Page | Frame, ms: number): Promise<ProbeResult> {
  const deadline = Date.now() + ms;
  let last = await probe(target);
  while (last.painted === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await probe(target);
  }
  return last;
}
