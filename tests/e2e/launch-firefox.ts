/**
 * Firefox ESR with the unpacked MV2 build, driven by puppeteer over WebDriver BiDi. The
 * extension is installed as a temporary add-on; its moz-extension host is pinned through the
 * `extensions.webextensions.uuids` pref so tests know where its pages and database live.
 */
import puppeteer from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertBuilt,
  browserExecutable,
  freshProfile,
  waitForDocument,
  type Launcher,
} from './extension-browser';

/** The gecko id the manifest declares; without one Firefox makes up an id and no host can be pinned. */
function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id: unknown = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') {
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  }
  return id;
}

/** Launches headless Firefox ESR and installs the extension under a fixed moz-extension UUID. */
export const launchFirefox: Launcher = async (extensionDir) => {
  assertBuilt(extensionDir);
  const id = geckoId(extensionDir);
  const uuid = randomUUID();
  const profile = freshProfile('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('MARGIN_FIREFOX', '/usr/bin/firefox-esr'),
    headless: true,
    userDataDir: profile.dir,
    // Lets the BiDi session open privileged (moz-extension) documents in tabs.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
    protocolTimeout: 60_000,
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    profile.remove();
    throw new Error(`Firefox refused the extension in ${extensionDir}: ${String(error)}`, {
      cause: error,
    });
  }
  const extensionOrigin = `moz-extension://${uuid}`;
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Firefox never reports the load of a moz-extension document over BiDi, so the
      // navigation promise is left to fail on its own and the document is polled instead.
      page.goto(`${extensionOrigin}/${path}`, { timeout: 0 }).catch(() => {});
      await waitForDocument(page, extensionOrigin);
      return page;
    },
    async close() {
      await browser.close();
      profile.remove();
    },
  };
};
