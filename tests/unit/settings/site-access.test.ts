/** "Only sites I allow": which pages Margin reads in each mode, and how a site gets allowed. */
import { describe, expect, it } from 'vitest';
import { accessOf, allowSiteOf, withAccess, withSiteAllowed } from '../../../utils/site-access';
import {
  DEFAULT_SETTINGS,
  isMarginOff,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  withSiteOff,
} from '../../../utils/settings';
import { memoryArea } from './memory-area';

const narrow = withAccess(DEFAULT_SETTINGS, 'allowed');

describe('site access', () => {
  it('reads every site by default and none but the allowed ones in the narrow mode', () => {
    expect(accessOf(DEFAULT_SETTINGS)).toBe('all');
    expect(isMarginOff(DEFAULT_SETTINGS, 'www.nytimes.com')).toBe(false);
    expect(accessOf(narrow)).toBe('allowed');
    expect(isMarginOff(narrow, 'www.nytimes.com')).toBe(true);
    const allowed = withSiteAllowed(narrow, 'https://www.nytimes.com/x.html', true)!;
    expect(allowed.allowedSites).toEqual(['nytimes.com']);
    expect(isMarginOff(allowed, 'cooking.nytimes.com')).toBe(false);
    expect(isMarginOff(allowed, 'www.bbc.co.uk')).toBe(true);
    // A page with no site (a file, a bare host name) cannot be allowed, so it is not read.
    expect(isMarginOff(allowed, '')).toBe(true);
    expect(isMarginOff(allowed, 'localhost')).toBe(true);
    expect(isMarginOff(DEFAULT_SETTINGS, '')).toBe(false);
  });

  it('keeps the allow list across a switch back to every site, where it changes nothing', () => {
    const allowed = withSiteAllowed(narrow, 'bbc.co.uk', true)!;
    const all = withAccess(allowed, 'all');
    expect(all.access).toBeUndefined();
    expect(isMarginOff(all, 'www.cnn.com')).toBe(false);
    expect(withAccess(all, 'allowed').allowedSites).toEqual(['bbc.co.uk']);
  });

  it('lets "Margin off here" win over an allowance, and allowing lift it', () => {
    const allowed = withSiteAllowed(narrow, 'bbc.co.uk', true)!;
    const off = withSiteOff(allowed, 'www.bbc.co.uk', true);
    expect(isMarginOff(off, 'www.bbc.co.uk')).toBe(true);
    expect(off.allowedSites).toEqual([]);
    const again = withSiteAllowed(off, 'bbc.co.uk', true)!;
    expect(isMarginOff(again, 'www.bbc.co.uk')).toBe(false);
    expect(again.offSites).toEqual([]);
  });

  it('turning a site on allows it in the narrow mode, and only lifts the switch otherwise', () => {
    expect(isMarginOff(withSiteOff(narrow, 'www.bbc.co.uk', false), 'news.bbc.co.uk')).toBe(false);
    const on = withSiteOff(withSiteOff(DEFAULT_SETTINGS, 'bbc.co.uk', true), 'bbc.co.uk', false);
    expect(on.allowedSites).toBeUndefined();
    expect(isMarginOff(on, 'www.bbc.co.uk')).toBe(false);
  });

  it('refuses what is not a site and drops an allowance', () => {
    expect(withSiteAllowed(narrow, 'not a site', true)).toBeNull();
    const allowed = withSiteAllowed(narrow, 'a.org', true)!;
    expect(withSiteAllowed(allowed, 'a.org', false)!.allowedSites).toEqual([]);
  });

  it('survives storage, junk included; old settings read back as every site', () => {
    const allowed = withSiteAllowed(narrow, 'a.org', true)!;
    expect(parseSettings(JSON.parse(JSON.stringify(allowed)))).toEqual(allowed);
    const junk = parseSettings({ access: 'none', allowedSites: [1, 'b.org', 'b.org'] });
    expect(junk.access).toBeUndefined();
    expect(junk.allowedSites).toEqual(['b.org']);
    expect(parseSettings({ saveAutomatic: true, pausedSites: [] })).toEqual(DEFAULT_SETTINGS);
  });

  it('the context menu allows the page it was opened on, and nothing for pages without a site', async () => {
    const area = memoryArea();
    area.data[SETTINGS_KEY] = narrow;
    expect(await allowSiteOf('https://www.nytimes.com/2024/a.html', area)).toBe('nytimes.com');
    expect(isMarginOff(await loadSettings(area), 'www.nytimes.com')).toBe(false);
    expect(await allowSiteOf('file:///home/a.html', area)).toBeNull();
    expect(await allowSiteOf('chrome://newtab/', area)).toBeNull();
    expect(await allowSiteOf(undefined, area)).toBeNull();
    expect((await loadSettings(area)).allowedSites).toEqual(['nytimes.com']);
  });
});
