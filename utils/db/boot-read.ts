/**
 * The popup's first-screen read with the bare IndexedDB API, for the tiny classic script that
 * runs from popup.html's <head> before the module bundle is even parsed (entrypoints/
 * popup-boot.ts): no idb, no upgrade code. It only reads a database already at this build's
 * version; anything else (a fresh install, an upgrade, a blocked or failed open) answers
 * undefined and the popup's own `getDb()` path does the work.
 */
import { DB_NAME, DB_VERSION, type SummaryRecord } from './schema';

/** The `limit` newest articles' summaries, or undefined when they cannot be read this way. */
export function readNewestSummaries(
  factory: IDBFactory,
  limit: number,
): Promise<SummaryRecord[] | undefined> {
  return new Promise((resolve) => {
    const fail = () => resolve(undefined);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch {
      fail();
      return;
    }
    // Upgrading is the repository's job: abort, which leaves the database as it was (a new
    // one is not created), and let `getDb()` run the upgrade steps.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onblocked = fail;
    request.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    request.onsuccess = () => {
      const db = request.result;
      try {
        const tx = db.transaction('summaries');
        const read = tx.objectStore('summaries').index('by-rank').getAll(null, limit);
        read.onsuccess = () => resolve(read.result as SummaryRecord[]);
        tx.onabort = fail;
        tx.oncomplete = () => db.close();
        tx.onerror = () => db.close();
      } catch {
        db.close();
        fail();
      }
    };
  });
}
