import { describe, expect, it, vi } from 'vitest';
import { getDb, watchUpgrade } from '../../../utils/db/open';
import { upgradeNoted, withUpgradeNotice, type SessionArea } from '../../../utils/upgrade-notice';
import { buildV1, readFixture } from '../../faults/unit/schema-v1';
import { useFreshDb } from './fresh-db';

useFreshDb();

describe('watchUpgrade', () => {
  it('tells a watcher when an open upgrades a database holding data', async () => {
    await buildV1(readFixture(1));
    const seen = vi.fn();
    const stop = watchUpgrade(seen);
    await getDb();
    stop();
    expect(seen).toHaveBeenCalledTimes(1);
    // Over once the open resolved: a later watcher is not told.
    const late = vi.fn();
    watchUpgrade(late)();
    expect(late).not.toHaveBeenCalled();
  });

  it('stays quiet for a fresh install (nothing to update)', async () => {
    const seen = vi.fn();
    const stop = watchUpgrade(seen);
    await getDb();
    stop();
    expect(seen).not.toHaveBeenCalled();
  });
});

function memoryArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (next) => void Object.entries(next).forEach(([k, v]) => items.set(k, v)),
    remove: async (key) => void items.delete(key),
  };
}

describe('upgrade notice', () => {
  it('is noted while the upgrade runs and gone after, even when it fails', async () => {
    const area = memoryArea();
    let during = false;
    await withUpgradeNotice(async () => void (during = await upgradeNoted(area)), area);
    expect(during).toBe(true);
    expect(await upgradeNoted(area)).toBe(false);
    await expect(
      withUpgradeNotice(() => Promise.reject(new Error('aborted')), area),
    ).rejects.toThrow('aborted');
    expect(await upgradeNoted(area)).toBe(false);
  });

  it('a note left by a stopped worker goes stale', async () => {
    const area = memoryArea();
    area.items.set('margin:db-upgrading', 1_000);
    expect(await upgradeNoted(area, 1_000 + 60_000)).toBe(true);
    expect(await upgradeNoted(area, 1_000 + 10 * 60_000)).toBe(false);
    expect(await upgradeNoted(undefined)).toBe(false);
  });
});
