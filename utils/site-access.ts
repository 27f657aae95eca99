/**
 * Where Margin reads pages: every site (the default) or only the sites the reader allowed.
 * The settings functions are pure; `allowSiteOf` is what the context menu item runs.
 * Whether a page is read at all is decided by `isMarginOff` (utils/settings.ts), which both
 * content scripts check before they look at the page.
 */
import {
  loadSettings,
  saveSettings,
  siteKey,
  withSiteOff,
  type Settings,
  type SiteAccess,
  type StorageArea,
} from './settings';

/** The access mode in force. */
export function accessOf(settings: Settings): SiteAccess {
  return settings.access === 'allowed' ? 'allowed' : 'all';
}

/** The settings with `mode` in force; the allow list is kept for a later switch back. */
export function withAccess(settings: Settings, mode: SiteAccess): Settings {
  const { access: _old, ...rest } = settings;
  return mode === 'allowed' ? { ...rest, access: 'allowed' } : rest;
}

/**
 * The settings with the site of `input` (a host name or URL the reader typed) allowed, or no
 * longer allowed; null when `input` names no site. Allowing a site also takes back "Margin off
 * here" there: the reader just asked for it.
 */
export function withSiteAllowed(settings: Settings, input: string, allowed: boolean) {
  const site = siteKey(input);
  if (site === null) return null;
  const others = (settings.allowedSites ?? []).filter((s) => s !== site);
  const next: Settings = { ...settings, allowedSites: allowed ? [...others, site] : others };
  if (allowed && settings.offSites) next.offSites = settings.offSites.filter((s) => s !== site);
  return next;
}

/**
 * Turns Margin on for the site of `url` (the page the reader right-clicked): allows it in the
 * "only sites I allow" mode, lifts "Margin off here" in either mode. The content scripts follow
 * the stored change. Resolves to the site, or null when the page has none (a file, a new tab).
 */
export async function allowSiteOf(url: string | undefined, area?: StorageArea) {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return null;
  }
  const site = siteKey(host);
  if (site === null || !/^https?:/.test(url ?? '')) return null;
  await saveSettings(withSiteOff(await loadSettings(area), host, false), area);
  return site;
}
