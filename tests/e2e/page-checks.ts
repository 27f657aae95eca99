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
 * How the element matched by `selector` differs from what the server sent, or null when it is
 * exactly as sent: the page is fetched again and parsed, both serialisations compared, and
 * text nodes counted, so an inserted mark or span or a split text node shows up.
 */
export async function domChangeOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate(async (sel) => {
    const source = await (await fetch(location.href, { cache: 'no-store' })).text();
    const pristine = new DOMParser().parseFromString(source, 'text/html').querySelector(sel);
    const live = document.querySelector(sel);
    if (!pristine || !live) return `no ${sel} in the page or its source`;
    const textNodes = (root: Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n += 1;
      return n;
    };
    const [a, b] = [pristine.outerHTML, live.outerHTML];
    if (a !== b) {
      let i = 0;
      while (a[i] === b[i]) i += 1;
      return `source …${a.slice(i - 40, i + 60)}… became …${b.slice(i - 40, i + 60)}…`;
    }
    const [na, nb] = [textNodes(pristine), textNodes(live)];
    return na === nb ? null : `${na} text nodes became ${nb}`;
  }, selector);
}
