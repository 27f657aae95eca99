/**
 * All or nothing for a transaction's writes. A request that fails in the browser aborts its
 * transaction by itself, but a synchronous throw (a value the store cannot clone, a bad key)
 * or an exception in our own code between two writes does not: the transaction would commit
 * the writes made so far, say the deletes of a reading without its adds.
 */

/** What this needs of an idb transaction. */
interface Tx {
  abort(): void;
  done: Promise<void>;
}

/** Runs `body` inside `tx` and waits for the commit; if anything fails, `tx` is aborted. */
export async function atomically<T>(tx: Tx, body: () => Promise<T>): Promise<T> {
  try {
    const value = await body();
    await tx.done;
    return value;
  } catch (error) {
    // The abort rejects `done` too; the caller gets the first error, the cause.
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser, or already finished.
    }
    throw error;
  }
}
