/**
 * The MV3 service worker terminated in the middle of a save and while idle, and its writes
 * failing as on a full disk, in a browser of its own: no other DevTools session may be
 * attached to the worker (the network recorder of the hostile suite is one), because with one
 * attached a terminated worker was not restarted cleanly and later messages went unanswered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, Launcher } from '../../e2e/extension-browser';
import { readMarginDb } from '../../e2e/extension-db';
import { TOOLBAR } from '../../e2e/selection';
import { withExtensionPage } from './extension-helpers';
import { PLAIN } from './hostile-pages';
import { servePages, type PageServer } from './hostile-server';
import {
  failWorkerWrites,
  holdStores,
  sameWorker,
  tagWorker,
  toolbarStatus,
  typedNoteIn,
  waitUntil,
  workerTarget,
  writesStarted,
} from './worker-stop';

/** How many saves are interrupted (one paragraph each). */
const ROUNDS = 3;

/** Registers the worker-stop faults for a browser whose background is a service worker. */
export function defineWorkerStopSuite(launch: Launcher, extensionDir: string): void {
  let eb: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await servePages(new Map([['/plain', { html: PLAIN }]]), '127.0.0.1');
    eb = await launch(extensionDir);
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  /** Opens the article with the toolbar up and `note` typed into it. */
  const typedNote = (note: string, paragraph: number) =>
    typedNoteIn(eb, `${server.origin}/plain`, note, paragraph);
  /** Waits for "Saved", logs how long it took, and checks a new worker stored `note` once. */
  const expectSavedOnce = async (page: Page, errors: string[], note: string, label: string) => {
    const since = Date.now();
    const saved = await waitUntil(async () => /^saved/i.test(await toolbarStatus(page)), 20_000);
    console.log(
      `[${eb.name}] ${label}: "${await toolbarStatus(page)}" after ${Date.now() - since} ms`,
    );
    expect(saved).toBe(true);
    expect(await sameWorker(eb)).toBe(false);
    const dump = await withExtensionPage(eb, readMarginDb);
    expect((dump?.annotations ?? []).filter(({ value }) => value.body === note)).toHaveLength(1);
    expect(errors).toEqual([]);
  };

  describe('service worker stopped', () => {
    it('terminated while it holds a save: the note is saved, once, by a new worker', async () => {
      for (let round = 1; round <= ROUNDS; round++) {
        const note = `kept through worker stop ${round}`;
        const { page, errors } = await typedNote(note, round + 1);
        try {
          const hold = await holdStores(eb);
          const worker = (await (await workerTarget(eb)).worker())!;
          await tagWorker(worker);
          await page.bringToFront();
          await page.click(TOOLBAR.save);
          // The message reached the worker: its save transaction waits behind the hold.
          expect(await waitUntil(async () => (await writesStarted(worker)) > 0, 5000)).toBe(true);
          await worker.close();
          await new Promise((resolve) => setTimeout(resolve, 500));
          await hold.release();
          await expectSavedOnce(page, errors, note, `round ${round}, 0.5 s after the stop`);
        } finally {
          await page.close();
        }
      }
    }, 120_000);

    it('stopped before the save: the save starts a new worker, the note is stored once', async () => {
      const note = 'kept through a worker stopped before the save';
      const { page, errors } = await typedNote(note, ROUNDS + 2);
      try {
        const worker = (await (await workerTarget(eb)).worker())!;
        await tagWorker(worker);
        await worker.close();
        await page.bringToFront();
        await page.click(TOOLBAR.save);
        await expectSavedOnce(page, errors, note, 'stopped before the save');
      } finally {
        await page.close();
      }
    });

    it('a full disk while saving: the reader is told, nothing is stored, the note is kept', async () => {
      const note = 'kept through a full disk';
      const { page, errors } = await typedNote(note, ROUNDS + 3);
      try {
        const before = await withExtensionPage(eb, readMarginDb);
        const worker = (await (await workerTarget(eb)).worker())!;
        await tagWorker(worker);
        await failWorkerWrites(worker);
        await page.bringToFront();
        await page.click(TOOLBAR.save);
        const told = await waitUntil(async () => /full/.test(await toolbarStatus(page)), 15_000);
        const status = await toolbarStatus(page);
        console.log(`[${eb.name}] full disk: "${status}"`);
        expect(told).toBe(true);
        expect(status).toMatch(/^Not saved: The browser.s storage is full, so nothing was saved/);
        expect(await withExtensionPage(eb, readMarginDb)).toEqual(before);
        expect(await page.$eval(TOOLBAR.note, (el) => (el as HTMLTextAreaElement).value)).toBe(
          note,
        );
        // Room again (a fresh worker without the fault): the same note saves, once.
        await worker.close();
        await page.click(TOOLBAR.save);
        await expectSavedOnce(page, errors, note, 'saved again after the full disk');
      } finally {
        await page.close();
      }
    });
  });
}
