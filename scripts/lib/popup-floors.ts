/**
 * The popup benchmark's baselines: extension pages with no work of the popup's in them, timed
 * by the same probes as the popup, so its first paint is read beside what this browser needs
 * to show a page at all. One has a single card; two carry the popup's real first screen (its
 * markup and inlined stylesheet as rendered from the filled database): as static markup, and
 * inserted by the smallest external script. An extension page's scripts must be files (its
 * content security policy forbids inline ones), so the last is the floor for any first screen
 * a script puts on the page, as the popup's snapshot is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

/** A baseline page: its file in the extension and its name in the report. */
export interface PopupFloor {
  page: string;
  name: string;
}

/** The single-card page, written before the browser starts. */
export const ONE_CARD: PopupFloor = {
  page: 'bench-floor.html',
  name: 'static page with one card',
};

/** The popup's first screen as static markup. */
export const SCREEN: PopupFloor = {
  page: 'bench-floor-screen.html',
  name: "static copy of the popup's first screen",
};

/** The same first screen, put on the page by a one-line external script. */
export const SCRIPTED: PopupFloor = {
  page: 'bench-floor-scripted.html',
  name: 'the same screen inserted by a one-line script',
};

const ONE_CARD_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Margin</title></head>' +
  '<body><ul><li class="article" data-article="a">An article card</li></ul></body></html>';

/** Writes the single-card page into the unpacked extension at `dir`. */
export function writeOneCardFloor(dir: string): void {
  writeFileSync(join(dir, ONE_CARD.page), ONE_CARD_HTML);
}

/**
 * Writes the two first-screen baselines into `dir` from `popup`, an opened popup that has
 * rendered from fresh data and painted no snapshot. Chromium reads an unpacked extension's
 * files when they are asked for, so pages written after it started are served.
 */
export async function writeScreenFloors(popup: Page, dir: string): Promise<void> {
  const { head, app } = (await popup.evaluate(`(() => {
    const head = document.head.cloneNode(true);
    for (const el of head.querySelectorAll('script, link[rel=modulepreload], meta[name=margin-bundle]')) el.remove();
    return { head: head.innerHTML, app: document.getElementById('app').outerHTML };
  })()`)) as { head: string; app: string };
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  writeFileSync(join(dir, SCREEN.page), page(app));
  const script = SCRIPTED.page.replace(/\.html$/, '.js');
  writeFileSync(
    join(dir, SCRIPTED.page),
    page(`<template id="screen">${app}</template><script src="/${script}"></script>`),
  );
  writeFileSync(
    join(dir, script),
    "document.body.prepend(document.getElementById('screen').content);\n",
  );
}
