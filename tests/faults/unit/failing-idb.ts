/**
 * Write failures injected into fake-indexeddb: after `okWrites` successful `put`/`add` calls,
 * every further one fails, either the way a full disk does in a browser (the request errors
 * and the transaction aborts with QuotaExceededError) or synchronously (a value the store
 * cannot take: DataCloneError, DataError).
 */

type Store = IDBObjectStore & {
  transaction: IDBTransaction & {
    _execRequestAsync(op: { operation: () => unknown; source: unknown }): IDBRequest;
  };
};

/** How an injected write failure shows itself. */
export type FailureMode = 'quota' | 'throw';

/** Makes writes fail from the `okWrites + 1`-th on; returns the function that undoes it. */
export function failWrites(okWrites: number, mode: FailureMode): () => void {
  const proto = globalThis.IDBObjectStore.prototype as unknown as Record<
    'put' | 'add',
    (...args: unknown[]) => IDBRequest
  >;
  const original = { put: proto.put, add: proto.add };
  let writes = 0;
  for (const name of ['put', 'add'] as const) {
    proto[name] = function (this: Store, ...args: unknown[]) {
      if (++writes <= okWrites) return original[name].apply(this, args);
      if (mode === 'throw')
        throw new DOMException('The value could not be cloned.', 'DataCloneError');
      return this.transaction._execRequestAsync({
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    };
  }
  return () => Object.assign(proto, original);
}
