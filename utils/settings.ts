/**
 * The reader's settings, all in one `browser.storage.local` item. The content script asks
 * `shouldSaveAutomatic` before storing what it found; the popup edits the settings.
 */
import { browser } from 'wxt/browser';
import { registrableDomain } from './anchoring/url-identity';

/** What the reader chose. */
export interface Settings {
  /** Save actors and claims found automatically (the reader's own notes are always saved). */
  saveAutomatic: boolean;
  /** Registrable domains ("bbc.co.uk") where automatic annotations are not saved. */
  pausedSites: string[];
  /** Registrable domains where Margin does nothing at all ("Margin off here"). */
  offSites?: string[];
  /** Where Margin reads pages: every site (absent, the default) or only `allowedSites`. */
  access?: SiteAccess;
  /** Registrable domains the reader allowed, read only in the "allowed" access mode. */
  allowedSites?: string[];
}

/** Every site, read automatically, or only the sites the reader allowed. */
export type SiteAccess = 'all' | 'allowed';

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = { saveAutomatic: true, pausedSites: [] };

/** The storage key. */
export const SETTINGS_KEY = 'settings';

/** The part of `browser.storage.local` this module needs (a fake in tests). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Whether automatic annotations of a page on `siteHost` should be saved. */
export function shouldSaveAutomatic(settings: Settings, siteHost: string): boolean {
  if (!settings.saveAutomatic) return false;
  const site = siteKey(siteHost);
  return site === null || !settings.pausedSites.includes(site);
}

/**
 * Whether Margin stays off on the site of `siteHost`: the reader turned it off there, or chose
 * "only sites I allow" and has not allowed this one (nor can, when the page has no site).
 */
export function isMarginOff(settings: Settings, siteHost: string): boolean {
  const site = siteKey(siteHost);
  if (site === null) return settings.access === 'allowed';
  if ((settings.offSites ?? []).includes(site)) return true;
  return settings.access === 'allowed' && !(settings.allowedSites ?? []).includes(site);
}

/**
 * The settings with Margin turned off (or on again) on the site of `siteHost`. Turning it on
 * in the "only sites I allow" mode allows the site; turning it off takes the allowance back.
 */
export function withSiteOff(settings: Settings, siteHost: string, off: boolean): Settings {
  const site = siteKey(siteHost);
  if (site === null) return settings;
  const rest = (settings.offSites ?? []).filter((s) => s !== site);
  const allowed = (settings.allowedSites ?? []).filter((s) => s !== site);
  const allow = !off && settings.access === 'allowed';
  return {
    ...settings,
    offSites: off ? [...rest, site] : rest,
    ...(settings.allowedSites || allow
      ? { allowedSites: allow ? [...allowed, site] : allowed }
      : {}),
  };
}

/** The registrable domain for a host name or a URL the reader typed, or null if it is neither. */
export function siteKey(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z\d+.-]*:/.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  return /^[a-z\d.-]+$/.test(host) && host.includes('.') ? registrableDomain(host) : null;
}

/** The stored settings, defaults for anything missing or malformed. */
export async function loadSettings(area: StorageArea = browser.storage.local): Promise<Settings> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return parseSettings(raw);
}

/** Stores the settings. */
export async function saveSettings(
  settings: Settings,
  area: StorageArea = browser.storage.local,
): Promise<void> {
  await area.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Settings from an untrusted stored value. */
export function parseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Settings>;
  const sites = Array.isArray(value.pausedSites) ? value.pausedSites : [];
  const off = Array.isArray(value.offSites) ? value.offSites : [];
  const allowed = Array.isArray(value.allowedSites) ? value.allowedSites : [];
  return {
    saveAutomatic:
      typeof value.saveAutomatic === 'boolean'
        ? value.saveAutomatic
        : DEFAULT_SETTINGS.saveAutomatic,
    pausedSites: siteList(sites),
    // Absent when empty, so settings stored before this field existed read back unchanged.
    ...(off.length > 0 ? { offSites: siteList(off) } : {}),
    // Only the narrower mode is stored: anything else reads as the default, every site.
    ...(value.access === 'allowed' ? { access: 'allowed' as const } : {}),
    ...(allowed.length > 0 ? { allowedSites: siteList(allowed) } : {}),
  };
}

function siteList(sites: unknown[]): string[] {
  return [...new Set(sites.filter((s): s is string => typeof s === 'string' && s.length < 300))];
}
