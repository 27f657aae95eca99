/** What a test needs from a browser with the Margin extension installed, whichever browser it is. */
import type { Browser, Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A launched browser with the unpacked extension loaded. */
export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`, without a trailing slash. */
  extensionOrigin: string;
  /** Opens `path` of the extension (e.g. `popup.html`) in a new tab once its document is complete. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts a browser with the unpacked extension in `extensionDir`. */
export type Launcher = (extensionDir: string) => Promise<ExtensionBrowser>;

/** The Debian command that provides both browsers, quoted in every "missing browser" error. */
export const INSTALL_BROWSERS = 'apt-get update && apt-get install -y chromium firefox-esr';

/** The browser binary from `envVar` or `fallback`, or an error saying how to install it. */
export function browserExecutable(envVar: string, fallback: string): string {
  const path = process.env[envVar] ?? fallback;
  if (!existsSync(path)) {
    throw new Error(`${path} not found: run \`${INSTALL_BROWSERS}\` as root (or set ${envVar})`);
  }
  return path;
}

/** Throws unless `extensionDir` holds a built extension, saying how to build one. */
export function assertBuilt(extensionDir: string): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no extension in ${extensionDir}: run \`npm run build\` first`);
  }
}

/** A fresh profile directory and the function that removes it. */
export function freshProfile(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `margin-e2e-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Resolves once `page` shows a complete document whose URL starts with `prefix`. */
export async function waitForDocument(page: Page, prefix: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      // Evaluating during a navigation can hit the old or a destroyed realm: retry.
      last = await page.evaluate(() => `${document.readyState} ${location.href}`);
      if (last.startsWith(`complete ${prefix}`)) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${prefix} (last seen: ${last})`);
}
