/**
 * A note in `storage.session` that the background is upgrading the database (run right after
 * the extension was installed or updated), so a popup opened meanwhile, whose open IndexedDB
 * queues behind that upgrade, can say why its list is not there yet.
 */
import { browser } from 'wxt/browser';

const KEY = 'margin:db-upgrading';
/** Older notes are stale: a worker stopped mid-upgrade never cleared its own. */
const STALE_MS = 5 * 60_000;

/** The part of `storage.session` this module needs (a fake in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The browser's session storage, when it has one (Chrome 102+, Firefox 115+). */
function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea } | undefined)?.session;
}

/** Runs `upgrade` with the note set; the note goes when it settles. Never throws for the note. */
export async function withUpgradeNotice<T>(
  upgrade: () => Promise<T>,
  area: SessionArea | undefined = sessionArea(),
  now = Date.now(),
): Promise<T> {
  await area?.set({ [KEY]: now }).catch(() => {});
  try {
    return await upgrade();
  } finally {
    await area?.remove(KEY).catch(() => {});
  }
}

/** Whether the background noted an upgrade under way (within the last few minutes). */
export async function upgradeNoted(
  area: SessionArea | undefined = sessionArea(),
  now = Date.now(),
): Promise<boolean> {
  try {
    const at = (await area?.get(KEY))?.[KEY];
    return typeof at === 'number' && now - at < STALE_MS;
  } catch {
    return false;
  }
}
