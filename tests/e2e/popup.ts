/** Reads Margin's popup page the way a reader sees it: one `[data-article]` entry per article. */
import type { Page } from 'puppeteer-core';

/**
 * The visible text of every article entry, polled until `accept` holds (the popup may load
 * its library in batches) or `timeoutMs` passes; returns the last texts seen either way.
 */
export async function popupEntries(
  popup: Page,
  accept: (entries: string[]) => boolean,
  timeoutMs = 15_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let entries: string[] = [];
  while (Date.now() < deadline) {
    entries = await popup.$$eval('[data-article]', (els) =>
      els.map((el) => (el as HTMLElement).innerText),
    );
    if (accept(entries)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return entries;
}

/** Clicks the link of the entry titled `title`, as a reader would. */
export async function clickEntryLink(popup: Page, title: string): Promise<void> {
  for (const link of await popup.$$('[data-article] a[href]')) {
    const text = await link.evaluate((a) => (a as HTMLElement).innerText);
    if (text.includes(title)) return link.click();
  }
  throw new Error(`no link titled ${title} in the popup`);
}
