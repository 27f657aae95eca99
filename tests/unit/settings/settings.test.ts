import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  saveSettings,
  shouldSaveAutomatic,
  siteKey,
} from '../../../utils/settings';
import { memoryArea } from './memory-area';

describe('settings', () => {
  it('saves automatic annotations unless paused globally or for the site', () => {
    expect(shouldSaveAutomatic(DEFAULT_SETTINGS, 'www.bbc.co.uk')).toBe(true);
    expect(shouldSaveAutomatic({ ...DEFAULT_SETTINGS, saveAutomatic: false }, 'x.org')).toBe(false);
    const paused = { saveAutomatic: true, pausedSites: ['bbc.co.uk'] };
    expect(shouldSaveAutomatic(paused, 'www.bbc.co.uk')).toBe(false);
    expect(shouldSaveAutomatic(paused, 'news.bbc.co.uk')).toBe(false);
    expect(shouldSaveAutomatic(paused, 'www.cnn.com')).toBe(true);
  });

  it('reads a site from a host or a URL, and refuses what is neither', () => {
    expect(siteKey('https://www.nytimes.com/2024/x.html')).toBe('nytimes.com');
    expect(siteKey('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteKey('not a site')).toBeNull();
    expect(siteKey('')).toBeNull();
  });

  it('stores settings and falls back to defaults for malformed values', async () => {
    const area = memoryArea();
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ saveAutomatic: false, pausedSites: ['a.org', 'a.org'] }, area);
    expect(await loadSettings(area)).toEqual({ saveAutomatic: false, pausedSites: ['a.org'] });
    expect(parseSettings({ saveAutomatic: 'yes', pausedSites: [1, 'b.org'] })).toEqual({
      saveAutomatic: true,
      pausedSites: ['b.org'],
    });
  });
});
