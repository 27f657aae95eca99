/**
 * Margin's own debug log. Nothing is written to the page's console (a content script that
 * logs there is noise in someone else's devtools); entries are kept here, bounded, for the
 * debug view.
 */

/** One logged event. */
export interface DebugEntry {
  at: number;
  scope: string;
  message: string;
  detail?: unknown;
}

const MAX_ENTRIES = 200;
const entries: DebugEntry[] = [];

/** Records an event in this context's debug log, dropping the oldest past the bound. */
export function debugLog(scope: string, message: string, detail?: unknown): void {
  entries.push({ at: Date.now(), scope, message, detail });
  if (entries.length > MAX_ENTRIES) entries.shift();
}

/** This context's logged events, oldest first. */
export function debugEntries(): readonly DebugEntry[] {
  return entries;
}
