/**
 * Margin's own debug log. Nothing is written to the page's console (a content script that
 * logs there is noise in someone else's devtools); entries are kept in memory, bounded, and,
 * only when the reader turns the log on (options page), in `storage.local` so the options
 * page can show what went wrong in a tab. Off by default: the log names sites and errors, and
 * stays on this device either way.
 */

/** One logged event. */
export interface DebugEntry {
  at: number;
  scope: string;
  message: string;
  detail?: unknown;
  /** The host name of the page the event happened on, when it happened in a page. */
  site?: string;
}

/** The part of `storage.local` the log needs (a fake in tests). */
export interface LogStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Whether the reader turned the stored log on (a boolean). */
export const DEBUG_LOG_ON_KEY = 'debugLogOn';
/** The stored entries, oldest first. */
export const DEBUG_LOG_KEY = 'debugLog';
/** The most entries kept in memory and in storage. */
export const MAX_ENTRIES = 500;

const MAX_MESSAGE = 1_000;
const MAX_DETAIL = 2_000;
const FLUSH_MS = 300;

const entries: DebugEntry[] = [];
let pending: DebugEntry[] = [];
let area: LogStorage | null | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let flushing: Promise<void> = Promise.resolve();

/** Records an event in this context's debug log, dropping the oldest past the bound. */
export function debugLog(scope: string, message: string, detail?: unknown): void {
  const entry: DebugEntry = { at: Date.now(), scope, message: clip(String(message), MAX_MESSAGE) };
  if (detail !== undefined) entry.detail = clip(serialise(detail), MAX_DETAIL);
  const site = (globalThis as { location?: { hostname?: string } }).location?.hostname;
  if (site) entry.site = site;
  bounded(entries, [entry]);
  if (!storage()) return;
  bounded(pending, [entry]);
  timer ??= setTimeout(() => {
    timer = undefined;
    flushing = flushing.then(flush, flush);
  }, FLUSH_MS);
}

/** This context's logged events, oldest first. */
export function debugEntries(): readonly DebugEntry[] {
  return entries;
}

/** Writes what is pending now (tests, and before a context goes away). */
export async function flushDebugLog(): Promise<void> {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  flushing = flushing.then(flush, flush);
  await flushing;
}

/** Uses `next` for the stored log instead of the browser's `storage.local` (tests; null: none). */
export function useLogStorage(next: LogStorage | null | undefined): void {
  area = next;
  pending = [];
  entries.length = 0;
}

/** The stored entries, oldest first. */
export async function storedLog(from = storage()): Promise<DebugEntry[]> {
  const raw = from ? (await from.get([DEBUG_LOG_KEY]))[DEBUG_LOG_KEY] : undefined;
  return Array.isArray(raw) ? (raw as DebugEntry[]) : [];
}

/** Whether the stored log is on. */
export async function isDebugLogOn(from = storage()): Promise<boolean> {
  return from ? (await from.get([DEBUG_LOG_ON_KEY]))[DEBUG_LOG_ON_KEY] === true : false;
}

/** Turns the stored log on or off; turning it off also forgets what it kept. */
export async function setDebugLogOn(on: boolean, to = storage()): Promise<void> {
  await to?.set(
    on ? { [DEBUG_LOG_ON_KEY]: true } : { [DEBUG_LOG_ON_KEY]: false, [DEBUG_LOG_KEY]: [] },
  );
}

/** Forgets the stored entries. */
export async function clearStoredLog(to = storage()): Promise<void> {
  await to?.set({ [DEBUG_LOG_KEY]: [] });
}

async function flush(): Promise<void> {
  const batch = pending;
  pending = [];
  const to = storage();
  if (!to || batch.length === 0) return;
  try {
    const stored = await to.get([DEBUG_LOG_ON_KEY, DEBUG_LOG_KEY]);
    if (stored[DEBUG_LOG_ON_KEY] !== true) return;
    const kept = Array.isArray(stored[DEBUG_LOG_KEY])
      ? (stored[DEBUG_LOG_KEY] as DebugEntry[])
      : [];
    await to.set({ [DEBUG_LOG_KEY]: bounded(kept, batch) });
  } catch {
    // The log must never be the thing that fails: a full disk or a dead context drops it.
  }
}

/** The extension's `storage.local`, found without importing the polyfill (the CLI has none). */
function storage(): LogStorage | null {
  if (area !== undefined) return area;
  const api = globalThis as {
    browser?: { storage?: { local?: LogStorage } };
    chrome?: { storage?: { local?: LogStorage } };
  };
  try {
    area = api.browser?.storage?.local ?? api.chrome?.storage?.local ?? null;
  } catch {
    area = null;
  }
  return area;
}

function bounded(list: DebugEntry[], more: DebugEntry[]): DebugEntry[] {
  list.push(...more);
  if (list.length > MAX_ENTRIES) list.splice(0, list.length - MAX_ENTRIES);
  return list;
}

function serialise(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail) ?? String(detail);
  } catch {
    return String(detail);
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
