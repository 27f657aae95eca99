import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isMarginOff, parseSettings, withSiteOff } from '../../../utils/settings';

describe('the per-site switch', () => {
  it('turns Margin off for the whole registrable domain and on again', () => {
    const off = withSiteOff(DEFAULT_SETTINGS, 'www.nytimes.com', true);
    expect(isMarginOff(off, 'www.nytimes.com')).toBe(true);
    expect(isMarginOff(off, 'cooking.nytimes.com')).toBe(true);
    expect(isMarginOff(off, 'www.bbc.co.uk')).toBe(false);
    expect(isMarginOff(withSiteOff(off, 'nytimes.com', false), 'www.nytimes.com')).toBe(false);
  });

  it('survives a round trip through storage and ignores junk', () => {
    const off = withSiteOff(DEFAULT_SETTINGS, 'example.org', true);
    expect(parseSettings(JSON.parse(JSON.stringify(off)))).toEqual(off);
    expect(parseSettings({ offSites: [3, 'a.org', 'a.org'] }).offSites).toEqual(['a.org']);
    expect(isMarginOff(DEFAULT_SETTINGS, 'example.org')).toBe(false);
  });
});
