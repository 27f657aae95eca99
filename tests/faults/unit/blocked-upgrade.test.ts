/**
 * Fault: a newer Margin upgrades the schema while a page of the old one still holds the
 * database open. This build is made to request the version after its own (the mock below),
 * as a future update would; the v1 fixture is the old profile.
 */
import { describe, expect, it, vi } from 'vitest';
import { BLOCKED_MESSAGE, getDb, openMarginDb } from '../../../utils/db/open';
import { DB_VERSION } from '../../../utils/db/schema';
import { useFreshDb } from '../../unit/db/fresh-db';
import { dumpDb } from './db-dump';
import { buildV1, readFixture } from './schema-v1';

vi.mock('../../../utils/db/schema', async (original) => {
  const real = await original<{ DB_VERSION: number }>();
  return { ...real, DB_VERSION: real.DB_VERSION + 1 };
});

useFreshDb();

/** An old page's connection at version 1 that never steps aside. */
function holdOpen(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('margin', version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('blocked upgrades', () => {
  it('says why instead of hanging while an old page holds the database', async () => {
    await buildV1(readFixture(1));
    const old = await holdOpen(1);
    const started = Date.now();
    await expect(getDb()).rejects.toThrow(BLOCKED_MESSAGE);
    expect(Date.now() - started).toBeLessThan(2000);
    // The old page goes away: the next attempt upgrades, with every record kept.
    old.close();
    await vi.waitFor(async () => expect((await getDb()).version).toBe(DB_VERSION));
    const { articles, annotations } = await dumpDb();
    expect(articles).toHaveLength(readFixture(1).articles.length);
    expect(annotations).toHaveLength(readFixture(1).annotations.length);
  });

  it('a Margin connection steps aside when a newer version asks', async () => {
    const mine = await openMarginDb();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('margin', DB_VERSION + 1);
      request.onblocked = () => reject(new Error('blocked by our own connection'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    mine.close();
  });
});
