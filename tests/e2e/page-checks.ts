/** Checks that the extension leaves the page itself alone. */
import type { Page } from 'puppeteer-core';

/** Collects console errors and uncaught exceptions of `page` from now on. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/**
 * Whether the element matched by `selector` is exactly as the server sent it: the page is
 * fetched again and parsed, and both serialisations compared, so any inserted mark, span or
 * split text node shows up.
 */
export async function domMatchesSource(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(async (sel) => {
    const source = await (await fetch(location.href, { cache: 'no-store' })).text();
    const pristine = new DOMParser().parseFromString(source, 'text/html').querySelector(sel);
    const live = document.querySelector(sel);
    if (!pristine || !live) return false;
    // Split or inserted text nodes serialise the same, so count them too.
    const textNodes = (root: Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n += 1;
      return n;
    };
    return live.outerHTML === pristine.outerHTML && textNodes(live) === textNodes(pristine);
  }, selector);
}
