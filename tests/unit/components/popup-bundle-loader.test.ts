import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_META, loadBundle } from '../../../entrypoints/popup/bundle-loader';

const bundleScripts = () => [...document.querySelectorAll('script[type="module"]')];

describe('loadBundle', () => {
  beforeEach(() => {
    // The script elements are what is tested; happy-dom need not fetch them.
    const { settings } = (window as unknown as { happyDOM: { settings: object } }).happyDOM;
    Object.assign(settings, {
      disableJavaScriptFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    });
    vi.useFakeTimers();
    document.head.innerHTML = `<meta name="${BUNDLE_META}" content="/chunks/popup-x.js">`;
  });
  afterEach(() => {
    vi.useRealTimers();
    document.head.innerHTML = '';
  });

  it('starts the bundle at once when nothing was painted', () => {
    loadBundle(document, false);
    expect(bundleScripts().map((s) => s.getAttribute('src'))).toEqual(['/chunks/popup-x.js']);
  });

  it('waits for a frame after a paint, then starts the bundle once', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    loadBundle(document, true);
    expect(bundleScripts()).toHaveLength(0);
    frames.forEach((cb) => cb(0));
    vi.advanceTimersByTime(0);
    expect(bundleScripts()).toHaveLength(1);
    // The fallback timer fires too, and must not load the bundle a second time.
    vi.advanceTimersByTime(100);
    expect(bundleScripts()).toHaveLength(1);
  });

  it('starts the bundle anyway when no frame comes (a hidden page)', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    loadBundle(document, true);
    vi.advanceTimersByTime(100);
    expect(bundleScripts()).toHaveLength(1);
  });

  it('does nothing when the page has no bundle meta (a dev build loads its own)', () => {
    document.head.innerHTML = '';
    loadBundle(document, false);
    expect(bundleScripts()).toHaveLength(0);
  });
});
