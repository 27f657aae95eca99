import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearSnapshot,
  dropSnapshot,
  paintSnapshot,
  saveSnapshot,
  SNAPSHOT_ID,
  SNAPSHOT_KEY,
} from '../../../entrypoints/popup/snapshot';
import { popupServices } from '../../../entrypoints/popup/services';
import { useFreshDb } from '../db/fresh-db';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { getManifest: () => ({ version: '9.9.9' }) }, tabs: { query: vi.fn() } },
}));

useFreshDb();

const card = (id: string, title: string, current = false) =>
  `<li class="article${current ? ' current' : ''}" data-article="${id}">` +
  `${current ? '<span class="badge">This page</span>' : ''}<a class="title">${title}</a></li>`;

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="app"></div>';
});
afterEach(() => vi.useRealTimers());

describe('first-screen snapshot', () => {
  it('paints what was saved, inert and hidden from screen readers, until dropped', () => {
    const app = document.getElementById('app')!;
    app.innerHTML = `<main class="popup"><section data-complete="true"><ul id="list">${card('a', 'Old &lt;b&gt; news', true)}${card('b', 'B')}</ul></section></main>`;
    saveSnapshot(document, localStorage, 'v1');
    app.innerHTML = '';
    expect(paintSnapshot(document, localStorage, 'v1')).toBe(true);
    const overlay = document.getElementById(SNAPSHOT_ID)!;
    expect(overlay.inert).toBe(true);
    expect(overlay.getAttribute('aria-hidden')).toBe('true');
    expect([...overlay.querySelectorAll('[data-article]')].map((e) => e.textContent)).toEqual([
      'Old <b> news',
      'B',
    ]);
    // Page text stays text; the current tab's badge is not kept.
    expect(overlay.querySelector('b')).toBeNull();
    expect(overlay.querySelector('.badge, .current')).toBeNull();
    // Nothing in it passes for the live popup: no ids, no loaded state.
    expect(overlay.querySelector('[id], [data-complete]')).toBeNull();
    // While it is painted nothing is saved over it (it is not fresh data).
    saveSnapshot(document, localStorage, 'v1');
    expect(dropSnapshot(document)).toBe(true);
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
    expect(dropSnapshot(document)).toBe(false);
  });

  it('leaves out the rows that start below the popup', () => {
    const app = document.getElementById('app')!;
    app.innerHTML = `<main class="popup"><div class="vlist"><ul>${card('a', 'A')}${card('b', 'B')}${card('c', 'C')}</ul></div></main>`;
    // happy-dom lays nothing out: rows a and b start above the bottom edge, c below it.
    const tops: Record<string, number> = { a: 100, b: 400, c: window.innerHeight + 10 };
    for (const row of app.querySelectorAll<HTMLElement>('[data-article]')) {
      const top = tops[row.dataset.article!]!;
      row.getBoundingClientRect = () => ({ top }) as DOMRect;
    }
    saveSnapshot(document, localStorage, 'v1');
    app.innerHTML = '';
    paintSnapshot(document, localStorage, 'v1');
    const painted = document.getElementById(SNAPSHOT_ID)!.querySelectorAll('[data-article]');
    expect([...painted].map((e) => e.textContent)).toEqual(['A', 'B']);
  });

  it("pictures each select's chosen option, which a clone alone would not", () => {
    const app = document.getElementById('app')!;
    app.innerHTML =
      '<select class="colour"><option>Yellow</option><option>Blue</option></select>' +
      '<select class="status"><option selected>Unverified</option><option>Disputed</option></select>';
    // As Preact sets them: properties, not attributes.
    app.querySelector<HTMLSelectElement>('.colour')!.value = 'Blue';
    app.querySelector<HTMLSelectElement>('.status')!.value = 'Disputed';
    saveSnapshot(document, localStorage, 'v1');
    app.innerHTML = '';
    paintSnapshot(document, localStorage, 'v1');
    const shown = [...document.getElementById(SNAPSHOT_ID)!.querySelectorAll('select')];
    expect(shown.map((select) => select.value)).toEqual(['Blue', 'Disputed']);
  });

  it('leaves out what is never drawn: a closed details body, datalists, hidden elements', () => {
    const app = document.getElementById('app')!;
    const options = (n: number) => Array.from({ length: n }, (_, i) => `<option>${i}</option>`);
    app.innerHTML =
      `<main class="popup"><details class="filters"><summary>Filters</summary>` +
      `<div class="grid"><select>${options(50).join('')}</select></div></details>` +
      `<details open><summary>Open</summary><p class="shown">Shown</p></details>` +
      `<datalist>${options(20).join('')}</datalist><p hidden>Hidden</p>` +
      `<ul>${card('a', 'A')}</ul></main>`;
    saveSnapshot(document, localStorage, 'v1');
    app.innerHTML = '';
    paintSnapshot(document, localStorage, 'v1');
    const overlay = document.getElementById(SNAPSHOT_ID)!;
    expect(overlay.querySelectorAll('option')).toHaveLength(0);
    expect(overlay.querySelector('details:not([open]) summary')?.textContent).toBe('Filters');
    expect(overlay.querySelector('.shown')?.textContent).toBe('Shown');
    expect(overlay.querySelector('[hidden], datalist')).toBeNull();
    expect(overlay.querySelector('[data-article]')?.textContent).toBe('A');
  });

  it('keeps SVG in its namespace and drops handlers and anything that loads', () => {
    const app = document.getElementById('app')!;
    app.innerHTML =
      '<div class="row" data-kind="claim" onclick="alert(1)"><svg viewBox="0 0 4 4"><path d="M0 0h4"></path></svg>' +
      '<a class="title" href="https://news.example.org/a">A</a><img src="https://track.example/p.gif" alt="x"></div>';
    saveSnapshot(document, localStorage, 'v1');
    expect(localStorage.getItem(SNAPSHOT_KEY)).not.toContain('<');
    app.innerHTML = '';
    expect(paintSnapshot(document, localStorage, 'v1')).toBe(true);
    const overlay = document.getElementById(SNAPSHOT_ID)!;
    const row = overlay.querySelector('.row')!;
    expect(row.getAttribute('data-kind')).toBe('claim');
    expect(row.hasAttribute('onclick')).toBe(false);
    expect(overlay.querySelector('path')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(overlay.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(overlay.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(overlay.querySelector('a')!.textContent).toBe('A');
  });

  it('paints nothing from a stored value it cannot read, and forgets it', () => {
    localStorage.setItem(SNAPSHOT_KEY, 'v1\u0000<ul><li>not a tree</li></ul>');
    expect(paintSnapshot(document, localStorage, 'v1')).toBe(false);
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    localStorage.setItem(SNAPSHOT_KEY, 'v1\u0000[["li", null, 3]]');
    expect(paintSnapshot(document, localStorage, 'v1')).toBe(false);
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
  });

  it('is not painted when another build made it, or after it was cleared', () => {
    document.getElementById('app')!.innerHTML = card('a', 'A');
    saveSnapshot(document, localStorage, 'v1');
    expect(paintSnapshot(document, localStorage, 'v2')).toBe(false);
    clearSnapshot(localStorage);
    expect(paintSnapshot(document, localStorage, 'v1')).toBe(false);
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
  });

  it('the services drop it on fresh data, save plain screens, clear it before forget and import', async () => {
    vi.useFakeTimers();
    const services = popupServices(window);
    const app = document.getElementById('app')!;
    app.innerHTML = card('a', 'Stored before');
    saveSnapshot(document, localStorage, '9.9.9/1');
    expect(paintSnapshot(document, localStorage, '9.9.9/1')).toBe(true);
    app.innerHTML = card('b', 'Fresh');
    services.shown!(true);
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toContain('Fresh');
    // A search result is not the first screen: the saved one stays.
    app.innerHTML = card('c', 'Filtered');
    services.shown!(false);
    vi.advanceTimersByTime(1000);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toContain('Fresh');
    vi.useRealTimers();
    await services.forget('https://news.example.org/none');
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    saveSnapshot(document, localStorage, '9.9.9/1');
    await services.importNotes([]);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });

  it('covers the body, whose size is fixed, and not the viewport (popup.css)', () => {
    // Chromium sizes the toolbar popup to its content: an overlay sized by the viewport is
    // laid out again at each size it tries before the first frame.
    const style = document.createElement('style');
    style.textContent = readFileSync('components/popup.css', 'utf8');
    document.head.append(style);
    try {
      localStorage.setItem(SNAPSHOT_KEY, `9.9.9/1\u0000[]`);
      expect(paintSnapshot(document, localStorage, '9.9.9/1')).toBe(true);
      const overlay = getComputedStyle(document.getElementById(SNAPSHOT_ID)!);
      expect([overlay.position, overlay.overflow, overlay.zIndex]).toEqual([
        'absolute',
        'hidden',
        '2',
      ]);
      expect(getComputedStyle(document.body).position).toBe('relative');
    } finally {
      style.remove();
    }
  });
});
