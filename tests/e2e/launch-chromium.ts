/** Debian's Chromium with the unpacked MV3 build, driven by puppeteer over CDP. */
import puppeteer from 'puppeteer-core';
import {
  assertBuilt,
  browserExecutable,
  freshProfile,
  waitForDocument,
  type ExtensionBrowser,
  type Launcher,
} from './extension-browser';

/** Flags for a quiet, offline, root-safe headless run. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium with the extension; its ID comes from the service worker's URL. */
export const launchChromium: Launcher = async (extensionDir) => {
  assertBuilt(extensionDir);
  const profile = freshProfile('chromium');
  const browser = await puppeteer.launch({
    executablePath: browserExecutable('MARGIN_CHROMIUM', '/usr/bin/chromium'),
    headless: true,
    userDataDir: profile.dir,
    // `true` only drops puppeteer's --disable-extensions; the flags below do the loading.
    enableExtensions: true,
    args: [
      ...FLAGS,
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
    ],
    protocolTimeout: 60_000,
  });
  try {
    const worker = await browser.waitForTarget(
      (target) =>
        target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    // URL.origin is "null" for non-special schemes such as chrome-extension:.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    const result: ExtensionBrowser = {
      name: 'chromium',
      browser,
      extensionOrigin,
      async openExtensionPage(path) {
        const page = await browser.newPage();
        await page.goto(`${extensionOrigin}/${path}`);
        await waitForDocument(page, extensionOrigin);
        return page;
      },
      async close() {
        await browser.close();
        profile.remove();
      },
    };
    return result;
  } catch (error) {
    await browser.close();
    profile.remove();
    throw new Error(`Chromium did not start the extension's service worker: ${String(error)}`, {
      cause: error,
    });
  }
};
