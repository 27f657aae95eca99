/**
 * The end-to-end story of issue 2, run in one real browser: read the seed article, see its
 * actors and claims painted on the body only, save a note on a selection, find it in the
 * extension's database and popup, get it back after a reload, and see nothing happen on a
 * page that is not an article. Tests run in order and share the browser.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Launcher } from './extension-browser';
import { describeOtherPages } from './other-pages-tests';
import { describeSeedArticle } from './seed-article-tests';
import { Session } from './session';

/** Registers the suite for one browser; `extensionDir` is its unpacked build. */
export function defineMarginSuite(launch: Launcher, extensionDir: string): void {
  const session = new Session(launch, extensionDir);
  beforeAll(() => session.start());
  afterAll(() => session.stop());
  describeSeedArticle(session);
  describeOtherPages(session);
}
