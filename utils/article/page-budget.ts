/**
 * The performance guard: reading a page runs on the page's main thread, so a page too big to
 * read within the time budget is skipped rather than frozen. The cost is predicted from size
 * before any work (element count and text length are cheap to read), because synchronous DOM
 * work cannot be stopped once started. Also refuses articles inside an editor: annotating
 * text someone is typing would fight the editor.
 */
import type { TextMap } from './types';

/** Above this many elements, extraction's DOM walk takes seconds on a slow machine. */
export const MAX_ELEMENTS = 30_000;
/** Above this many characters of page text, the analysis would not fit its budget either. */
export const MAX_PAGE_CHARS = 3_000_000;

/** Whether a page may be read, and if not, why (for the debug log). */
export type Budget = { ok: true } | { ok: false; reason: string };

/** Checks `doc` against the budget before anything is read. */
export function pageBudget(
  doc: Document,
  maxElements = MAX_ELEMENTS,
  maxChars = MAX_PAGE_CHARS,
): Budget {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) {
    return { ok: false, reason: `${elements} elements (budget ${maxElements})` };
  }
  const chars = textLength(doc, maxChars);
  if (chars > maxChars) {
    return { ok: false, reason: `over ${maxChars} characters of text (${chars} counted)` };
  }
  return { ok: true };
}

/**
 * The length of `doc`'s body text, counted up to just past `stopAbove`. Text nodes' `length`
 * is read without copying their data: `body.textContent` built the whole string first (0.6 s
 * of the page's main thread for a 5 MB page in Firefox under load, where a content script's
 * string crosses into its own compartment).
 */
function textLength(doc: Document, stopAbove: number): number {
  if (!doc.body) return 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node && total <= stopAbove; node = walker.nextNode()) {
    total += (node as CharacterData).length;
  }
  return total;
}

/**
 * Whether any of the article's text lies in an editable region (contenteditable, designMode).
 * Read from attributes: `isContentEditable` needs the page's style up to date, and its first
 * call forced a style pass over the whole page (55 ms on a large page in a CPU profile).
 */
export function isInEditor(map: TextMap): boolean {
  let last: Element | null = null;
  for (const { node } of map.segments) {
    if (node.ownerDocument?.designMode === 'on') return true;
    const parent = node.parentElement;
    // Neighbouring segments mostly share their parent: look each one up once.
    if (!parent || parent === last) continue;
    last = parent;
    const host = parent.closest('[contenteditable]');
    if (host && host.getAttribute('contenteditable')?.toLowerCase() !== 'false') return true;
  }
  return false;
}
