/**
 * Schema version 1 as it shipped, frozen here so the upgrade test does not depend on today's
 * `open.ts`: the fixture database is built with exactly the stores and indexes v1 created.
 * Never edit; a new schema version adds its own frozen builder next to this one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixture file: the records a version stored. */
export interface DbFixture {
  version: number;
  articles: Array<Record<string, unknown>>;
  annotations: Array<Record<string, unknown>>;
  /** Since v2: the per-article summaries stored with them. */
  summaries?: Array<Record<string, unknown>>;
}

/** The fixture file of `version` (tests run from the project root). */
export function fixturePath(version: number): string {
  return join(process.cwd(), 'tests', 'fixtures', 'db', `v${version}.json`);
}

/** Reads tests/fixtures/db/v<version>.json. */
export function readFixture(version: number): DbFixture {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DbFixture;
}

/** The upgrade step of version 1, verbatim from the shipped `open.ts`. */
export function upgradeV1(db: IDBDatabase): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('by-last-read', 'lastReadAt');
  articles.createIndex('by-site', 'siteName');
  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('by-article', 'articleId');
  annotations.createIndex('by-kind', 'kind');
  annotations.createIndex('by-modified', 'modified');
}

/** Creates the `margin` database at version 1 holding the fixture's records, and closes it. */
export async function buildV1(fixture: DbFixture, name = 'margin'): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => upgradeV1(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['articles', 'annotations'], 'readwrite');
  for (const record of fixture.articles) tx.objectStore('articles').add(record);
  for (const record of fixture.annotations) tx.objectStore('annotations').add(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
