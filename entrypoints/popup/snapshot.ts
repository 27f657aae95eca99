/**
 * The first-screen snapshot: the popup's last unfiltered library screen, kept in localStorage
 * and painted by popup-boot.ts before the module bundle has run, over the real (still empty)
 * popup, inert and hidden from screen readers. It is a picture of the past: it is removed as
 * soon as the popup has rendered from fresh data (`dropSnapshot`), saved again from each fresh
 * unfiltered screen, and cleared before a forget or an import so a forgotten article is never
 * shown again, even for that moment. It is kept as a node tree, not markup (snapshot-tree.ts).
 */
import { fromTree, toTree, type SnapshotNode } from './snapshot-tree';

/** The localStorage key; the value is `tag` + NUL + the node tree as JSON. */
export const SNAPSHOT_KEY = 'margin:first-screen';
/** The overlay element's id. */
export const SNAPSHOT_ID = 'margin-snapshot';
/** A tree larger than this is not kept (a first screen is a few tens of KB). */
const MAX_CHARS = 300_000;
/** Bumped when the popup's markup changes shape: an older snapshot is then not painted. */
const FORMAT = 2;

/** The tag a snapshot is stored under: this build's version and the markup format. */
export function snapshotTag(version: string): string {
  return `${version}/${FORMAT}`;
}

/** Paints the stored snapshot over `#app` if it was made by this build; true when painted. */
export function paintSnapshot(doc: Document, store: Storage, tag: string): boolean {
  const stored = store.getItem(SNAPSHOT_KEY);
  const cut = stored?.indexOf('\u0000') ?? -1;
  const app = doc.getElementById('app');
  if (!stored || cut < 0 || stored.slice(0, cut) !== tag || !app) return false;
  const overlay = doc.createElement('div');
  overlay.id = SNAPSHOT_ID;
  // Not interactive (clicks and focus reach the real popup under it), not read out.
  overlay.inert = true;
  overlay.setAttribute('aria-hidden', 'true');
  // Placed and sized by popup.css (`#margin-snapshot`), inlined in popup.html's head.
  try {
    fromTree(doc, overlay, JSON.parse(stored.slice(cut + 1)) as SnapshotNode[]);
  } catch {
    // Not a tree this build wrote: no picture, the popup paints from fresh data.
    clearSnapshot(store);
    return false;
  }
  app.after(overlay);
  return true;
}

/** Removes the snapshot, if one is painted; true when it was. */
export function dropSnapshot(doc: Document): boolean {
  const overlay = doc.getElementById(SNAPSHOT_ID);
  overlay?.remove();
  return overlay !== null;
}

/** Stores what `#app` shows now as the next opening's snapshot (not the current tab's badge). */
export function saveSnapshot(doc: Document, store: Storage, tag: string): void {
  const app = doc.getElementById('app');
  if (!app || doc.getElementById(SNAPSHOT_ID)) return;
  // A scrolled list's rows would be painted at the top: keep the last snapshot at the top.
  if ((app.querySelector('.vlist')?.scrollTop ?? 0) > 0) return;
  const copy = app.cloneNode(true) as HTMLElement;
  keepChoices(app, copy);
  dropBelowFold(app, copy, doc.defaultView?.innerHeight ?? 0);
  dropUnrendered(copy);
  for (const badge of copy.querySelectorAll('.badge')) badge.remove();
  for (const card of copy.querySelectorAll('.current')) card.classList.remove('current');
  for (const live of copy.querySelectorAll('[role="alert"], [role="status"]'))
    live.textContent = '';
  // No ids twice in the page while both are there, and no "loaded" state in a picture.
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const el of copy.querySelectorAll('[data-complete]')) el.removeAttribute('data-complete');
  const json = JSON.stringify(toTree(copy));
  if (json.length > MAX_CHARS) {
    clearSnapshot(store);
    return;
  }
  try {
    store.setItem(SNAPSHOT_KEY, `${tag}\u0000${json}`);
  } catch {
    // Storage full: no snapshot, the popup just paints from fresh data.
    clearSnapshot(store);
  }
}

/**
 * Leaves out of `copy` the list's rows that start below the popup's bottom edge: the virtual
 * list renders some below the fold, and every node in the picture is built and laid out
 * before the first frame. `app` is the live original, whose rows `copy`'s mirror in order.
 */
function dropBelowFold(app: HTMLElement, copy: HTMLElement, height: number): void {
  if (height <= 0) return;
  const rows = app.querySelectorAll(':scope .vlist > ul > li');
  const copies = copy.querySelectorAll(':scope .vlist > ul > li');
  const cut = [...rows].findIndex((row) => row.getBoundingClientRect().top >= height);
  if (cut < 0 || copies.length !== rows.length) return;
  for (const row of [...copies].slice(cut)) row.remove();
}

/**
 * Marks in `copy` the option each of `app`'s selects shows. A clone copies attributes, not
 * the chosen value, which Preact sets as a property: without this a note's colour or a claim's
 * status was pictured as the first option ("Yellow", "Unverified") until the fresh render.
 */
function keepChoices(app: HTMLElement, copy: HTMLElement): void {
  const live = app.querySelectorAll('select');
  const copies = copy.querySelectorAll('select');
  if (copies.length !== live.length) return;
  live.forEach((select, i) => {
    [...copies[i]!.options].forEach((option, k) => {
      option.toggleAttribute('selected', k === select.selectedIndex);
    });
  });
}

/**
 * Leaves out of `copy` what the browser never draws: a closed `<details>`' body (the filter
 * panel's selects and the actor datalist held several hundred `<option>`s, two thirds of a
 * first screen's nodes, all built before the first frame for nothing), datalists, templates
 * and hidden elements.
 */
function dropUnrendered(copy: HTMLElement): void {
  const unseen = copy.querySelectorAll(
    'details:not([open]) > :not(summary), datalist, template, [hidden]',
  );
  for (const el of unseen) el.remove();
}

/** Forgets the snapshot. */
export function clearSnapshot(store: Storage): void {
  try {
    store.removeItem(SNAPSHOT_KEY);
  } catch {
    // Nothing stored, or storage unavailable: nothing to forget.
  }
}
