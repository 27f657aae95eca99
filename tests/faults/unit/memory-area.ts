/** A fake `storage.local` for the debug log tests. */
import type { LogStorage } from '../../../utils/debug-log';

/** storage.local in memory, with JSON copies as the browser makes them. */
export function memoryArea(failing = false): LogStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items) {
      if (failing) throw new DOMException('full', 'QuotaExceededError');
      for (const [k, v] of Object.entries(items)) data[k] = JSON.parse(JSON.stringify(v));
    },
  };
}
