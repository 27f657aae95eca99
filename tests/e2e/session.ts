/**
 * What the tests of one browser share: the browser with the extension, the fixture server,
 * the article tab, and what earlier tests learnt (selected text, paint time, counts), since
 * the story runs in order.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { onTestFailed } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, Launcher } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './server';
import { ARTIFACT_DIR, FIXTURE_DIR } from './fixtures';
import { readMarginDb, type MarginDbDump } from './extension-db';

/** One browser's run of the suite. */
export class Session {
  eb!: ExtensionBrowser;
  server!: FixtureServer;
  /** The tab the reader reads articles in. */
  article!: Page;
  consoleErrors: string[] = [];
  /** How long the seed article took to paint, to size waits for what should not happen. */
  paintMs = 0;
  /** The text the reader selected and saved. */
  selected = '';
  /** Actor and claim annotations of the seed article after its first reading. */
  automaticCount = 0;
  readonly note = `E2E note ${new Date().toISOString()}: check the treaty text`;

  constructor(
    private readonly launch: Launcher,
    private readonly extensionDir: string,
  ) {}

  /** Starts the server and the browser, and clears this browser's old screenshots. */
  async start(): Promise<void> {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    this.server = await startFixtureServer(FIXTURE_DIR);
    this.eb = await this.launch(this.extensionDir);
    // Screenshots of an earlier run would pass for this one's.
    for (const file of readdirSync(ARTIFACT_DIR)) {
      if (file.startsWith(`${this.eb.name}-`)) rmSync(`${ARTIFACT_DIR}/${file}`);
    }
  }

  async stop(): Promise<void> {
    await this.eb?.close();
    await this.server?.close();
  }

  /** Saves a full-page screenshot of `page` as test-results/e2e/<browser>-<name>.png. */
  async shot(page: Page, name: string): Promise<void> {
    await page.screenshot({
      path: `${ARTIFACT_DIR}/${this.eb.name}-${name}.png`,
      fullPage: true,
    });
  }

  /** Screenshots the article tab if the current test fails. */
  onFailureShoot(name: string): void {
    onTestFailed(async () => {
      const page = this.article;
      if (page && !page.isClosed()) await this.shot(page, `FAILED-${name}`).catch(() => {});
    });
  }

  /** The extension's database as one of its own pages sees it. */
  async db(): Promise<MarginDbDump | null> {
    const page = await this.eb.openExtensionPage('popup.html');
    try {
      return await readMarginDb(page);
    } finally {
      await page.close();
    }
  }

  /** The article records titled `title`. */
  articlesTitled(title: string, dump: MarginDbDump | null) {
    return (dump?.articles ?? []).filter(({ value }) => value.title === title);
  }
}
