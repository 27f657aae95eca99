/** A fake `storage.local` for the settings tests, with JSON copies as the browser makes them. */
import type { StorageArea } from '../../../utils/settings';

/** storage.local in memory; `data` is what is stored. */
export function memoryArea(): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data[k] = JSON.parse(JSON.stringify(v));
    },
  };
}
