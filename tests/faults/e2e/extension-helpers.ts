/** Small helpers the fault suite runs in the extension's own pages and worker. */
import type { Page, Target } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../e2e/extension-browser';

/** The part of `browser`/`chrome` the test functions use in an extension page. */
export interface Api {
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
}

/** Runs `fn` in a fresh extension page, then closes it. */
export async function withExtensionPage<T>(eb: ExtensionBrowser, fn: (page: Page) => Promise<T>) {
  const page = await eb.openExtensionPage('options.html');
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

/** One stored debug log entry (utils/debug-log.ts), as the tests read it. */
export interface LoggedEntry {
  at: number;
  scope: string;
  message: string;
  site?: string;
}

/** The stored debug log entries. */
export async function storedLog(eb: ExtensionBrowser): Promise<LoggedEntry[]> {
  return withExtensionPage(eb, (page) =>
    page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      const got = await api.storage.local.get('debugLog');
      return (got.debugLog ?? []) as LoggedEntry[];
    }),
  );
}

/** Records the network requests of the extension's service worker, whenever it (re)starts. */
export function watchWorkerNetwork(eb: ExtensionBrowser, into: string[]): void {
  const attach = async (target: Target) => {
    if (target.type() !== 'service_worker' || !target.url().startsWith(eb.extensionOrigin)) return;
    const session = await target.createCDPSession();
    session.on('Network.requestWillBeSent', (event) => into.push(event.request.url));
    await session.send('Network.enable').catch(() => {});
  };
  for (const target of eb.browser.targets()) void attach(target);
  eb.browser.on('targetcreated', (target: Target) => void attach(target));
}
