/** Gives each test an empty in-memory IndexedDB and closes Margin's connection after it. */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDb } from '../../../utils/db/open';

/** Registers hooks that give every test in the file an empty database. */
export function useFreshDb(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await closeDb();
  });
}
