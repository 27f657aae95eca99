/**
 * Schema version 2 as it shipped, frozen like schema-v1.ts: the v1 stores plus the per-article
 * `summaries` store. The fixture's records (summaries included) are written as they are, so
 * the upgrade test does not depend on today's `open.ts` or `summaries.ts`. Never edit.
 */
import { upgradeV1, type DbFixture } from './schema-v1';

/** The upgrade steps of versions 1 and 2 (store and index creation), verbatim. */
function upgradeV2(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) upgradeV1(db);
  if (oldVersion < 2) {
    const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
    summaries.createIndex('by-rank', 'rank');
  }
}

/** Creates the `margin` database at version 2 holding the fixture's records, and closes it. */
export async function buildV2(fixture: DbFixture, name = 'margin'): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = (event) => upgradeV2(request.result, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['articles', 'annotations', 'summaries'], 'readwrite');
  for (const record of fixture.articles) tx.objectStore('articles').add(record);
  for (const record of fixture.annotations) tx.objectStore('annotations').add(record);
  for (const record of fixture.summaries ?? []) tx.objectStore('summaries').add(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
