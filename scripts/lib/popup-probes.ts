/**
 * Code the popup benchmark runs inside the popup page. Each function is self-contained (it is
 * serialised into the page), and measures from an input to the DOM being updated and laid out.
 */

/**
 * Installed before the popup's own script: records when the first article card is in the DOM
 * and painted (`__firstPaint`: the snapshot's, if one was painted, else fresh data's), and when
 * the first card rendered from fresh data is painted with no snapshot over it (`__freshPaint`).
 */
export function watchFirstCard(): void {
  const w = window as unknown as { __firstPaint?: number; __freshPaint?: number };
  const painted = (key: '__firstPaint' | '__freshPaint') =>
    requestAnimationFrame(() => setTimeout(() => (w[key] = performance.now()), 0));
  let first = false;
  const observer = new MutationObserver(() => {
    if (!first && document.querySelector('[data-article]')) {
      first = true;
      painted('__firstPaint');
    }
    const fresh = document.querySelector('#app [data-article]');
    if (fresh && !document.getElementById('margin-snapshot')) {
      observer.disconnect();
      painted('__freshPaint');
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Sets a field's value, fires its event, and returns ms until the DOM is updated and laid out. */
export async function timeInput(selector: string, value: string, event: string): Promise<number> {
  const field = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
  const settled = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  await settled();
  const start = performance.now();
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
  await settled();
  void document.body.offsetHeight;
  return performance.now() - start;
}

/** Scrolls the list `steps` times by `px` a frame; returns every frame's duration (ms). */
export async function scrollFrames(steps: number, px: number): Promise<number[]> {
  const list = document.querySelector('.vlist') as HTMLElement;
  const frames: number[] = [];
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < steps; i++) {
    list.scrollTop += px;
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    frames.push(now - last);
    last = now;
  }
  return frames;
}

/**
 * Replaces Margin's database by an empty one at schema version 1 (the stores and indexes v1
 * created, as tests/faults/unit/schema-v1.ts freezes them), so that the records written next
 * are upgraded to the current schema by the popup's own code, summaries included.
 */
export async function createV1Database(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    // Margin's own connections step aside (their `blocking` handler closes them).
    const request = indexedDB.deleteDatabase('margin');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('margin', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('by-last-read', 'lastReadAt');
      articles.createIndex('by-site', 'siteName');
      const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
      annotations.createIndex('by-article', 'articleId');
      annotations.createIndex('by-kind', 'kind');
      annotations.createIndex('by-modified', 'modified');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
}

/** Writes generated records into Margin's database, annotations in transactions of `chunk`. */
export async function fillDatabase(
  articles: unknown[],
  annotations: unknown[],
  chunk: number,
): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('margin');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const write = (store: string, rows: unknown[]) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  if (articles.length > 0) await write('articles', articles);
  for (let i = 0; i < annotations.length; i += chunk) {
    await write('annotations', annotations.slice(i, i + chunk));
  }
  db.close();
  return annotations.length;
}
