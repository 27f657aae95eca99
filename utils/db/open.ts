/** Opening the database, with every schema upgrade since version 1 applied in order. */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type MarginDB } from './schema';
import { buildSummaries } from './summaries';

/** An open connection to Margin's database. */
export type MarginDatabase = IDBPDatabase<MarginDB>;

let connection: Promise<MarginDatabase> | undefined;

/** Whether this context is running an upgrade of existing data right now. */
let upgrading = false;
const upgradeWatchers = new Set<() => void>();

/**
 * Calls `listener` when this context starts upgrading a database that holds data (at once if
 * it already is); returns the unsubscribe. The popup says so instead of showing an empty list.
 */
export function watchUpgrade(listener: () => void): () => void {
  if (upgrading) listener();
  upgradeWatchers.add(listener);
  return () => upgradeWatchers.delete(listener);
}

/** Why the database could not be opened while another Margin page holds an older version. */
export const BLOCKED_MESSAGE =
  'Margin was updated, but an open Margin page still uses the old storage. Reload your open tabs (or close and reopen the Margin popup) and try again.';

/**
 * Opens (and if needed upgrades) the database. Each `if (oldVersion < N)` step is cumulative
 * and frozen once shipped, so any old profile walks the same path to the current schema.
 */
export function openMarginDb(): Promise<MarginDatabase> {
  // Blocked, the open would wait silently until the other page closes; the reader gets a
  // message instead, and a connection that opens after all is closed (the next call reopens).
  let refused = false;
  return new Promise((resolve, reject) => {
    openDB<MarginDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, transaction) {
        if (oldVersion >= 1) {
          upgrading = true;
          const over = () => void (upgrading = false);
          transaction.done.then(over, over);
          for (const listener of upgradeWatchers) listener();
        }
        if (oldVersion < 1) {
          const articles = db.createObjectStore('articles', { keyPath: 'id' });
          articles.createIndex('by-last-read', 'lastReadAt');
          articles.createIndex('by-site', 'siteName');
          const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
          annotations.createIndex('by-article', 'articleId');
          annotations.createIndex('by-kind', 'kind');
          annotations.createIndex('by-modified', 'modified');
        }
        if (oldVersion < 2) {
          const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
          summaries.createIndex('by-rank', 'rank');
          // Built from the v1 records in the upgrade's own transaction: the open succeeds
          // only once every summary is written, and a failure aborts the whole upgrade.
          buildSummaries(transaction).catch(() => {
            try {
              transaction.abort();
            } catch {
              // Already aborted.
            }
          });
        }
      },
      blocked() {
        refused = true;
        reject(new Error(BLOCKED_MESSAGE));
      },
      blocking(_current, _blocked, event) {
        // A newer build wants to upgrade: step aside rather than hold it up.
        (event.target as IDBDatabase).close();
        connection = undefined;
      },
      terminated() {
        connection = undefined;
      },
    }).then((db) => (refused ? db.close() : resolve(db)), reject);
  });
}

/** The context's shared connection, opened on first use and reopened after it was closed. */
export function getDb(): Promise<MarginDatabase> {
  connection ??= openMarginDb().catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
  const pending = connection;
  connection = undefined;
  if (pending) (await pending).close();
}
