/** Makes text selections the way a reader does, and drives Margin's in-page toolbar. */
import type { Page } from 'puppeteer-core';

/** The toolbar's parts, reached through its open shadow root. */
export const TOOLBAR = {
  host: 'margin-toolbar',
  note: 'margin-toolbar >>> textarea[name="note"]',
  save: 'margin-toolbar >>> button[data-action="save"]',
  status: 'margin-toolbar >>> [role="status"]',
};

/** Collapses runs of whitespace so selections compare the same in both browsers. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Target {
  text: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * Locates the last sentence of the paragraph matched by `selector` (scrolled into view) and
 * the viewport points just inside its first and last characters.
 */
async function lastSentence(page: Page, selector: string): Promise<Target> {
  return page.evaluate((sel) => {
    const paragraph = document.querySelector(sel);
    if (!paragraph) throw new Error(`no element matches ${sel}`);
    paragraph.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const full = nodes.map((n) => n.data).join('');
    const trimmedEnd = full.trimEnd().length;
    const start = full.slice(0, trimmedEnd - 1).lastIndexOf('. ') + 2;
    const at = (offset: number): [Text, number] => {
      let rest = offset;
      for (const node of nodes) {
        if (rest <= node.data.length) return [node, rest];
        rest -= node.data.length;
      }
      throw new Error(`offset ${offset} outside ${sel}`);
    };
    const charRect = (offset: number) => {
      const range = document.createRange();
      range.setStart(...at(offset));
      range.setEnd(...at(offset + 1));
      return range.getBoundingClientRect();
    };
    const first = charRect(start);
    const last = charRect(trimmedEnd - 1);
    return {
      text: full.slice(start, trimmedEnd),
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, selector);
}

/** Selects the last sentence of a paragraph with a real mouse drag; returns the selected text. */
export async function dragSelectLastSentence(page: Page, selector: string): Promise<string> {
  const target = await lastSentence(page, selector);
  await page.mouse.move(target.from.x, target.from.y);
  await page.mouse.down();
  await page.mouse.move(target.to.x, target.to.y, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => String(window.getSelection()));
  if (squash(selected) !== squash(target.text)) {
    throw new Error(
      `drag selected ${JSON.stringify(selected)}, meant ${JSON.stringify(target.text)}`,
    );
  }
  return selected;
}

/**
 * Selects a paragraph's text through the Selection API and dispatches the mouseup a reader's
 * release would cause (scripts and assistive tools select this way); returns the text.
 */
export async function selectProgrammatically(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const paragraph = document.querySelector(sel);
    if (!paragraph) throw new Error(`no element matches ${sel}`);
    paragraph.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const box = paragraph.getBoundingClientRect();
    const init = { bubbles: true, composed: true, clientX: box.right - 2, clientY: box.bottom - 2 };
    paragraph.dispatchEvent(new MouseEvent('mouseup', init));
    return String(selection);
  }, selector);
}

/** Whether the toolbar host is attached to the root element with an open shadow root. */
export async function toolbarShown(page: Page): Promise<boolean> {
  return page.evaluate((host) => {
    const el = document.documentElement.querySelector(`:scope > ${host}`);
    if (!el?.shadowRoot) return false;
    const box = el.shadowRoot.querySelector('textarea')?.getBoundingClientRect();
    return Boolean(box && box.width > 0 && box.height > 0);
  }, TOOLBAR.host);
}

/**
 * Types `note` into the visible toolbar, presses save, and returns the status text: "Saved",
 * or whatever it last showed (an error message) when that never came.
 */
export async function saveNote(page: Page, note: string): Promise<string> {
  await page.waitForSelector(TOOLBAR.note, { visible: true, timeout: 10_000 });
  await page.type(TOOLBAR.note, note);
  await page.click(TOOLBAR.save);
  const status = await page.waitForSelector(TOOLBAR.status, { timeout: 10_000 });
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = squash((await status?.evaluate((el) => el.textContent ?? '')) ?? '');
    if (/^saved\b/i.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return text;
}
