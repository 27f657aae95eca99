import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE } from '../../../components/popup-services';
import { articleKey } from '../../../utils/anchoring/url-identity';
import { recordReading } from '../../../utils/db/articles';
import type { FirstScreen } from '../../../utils/db/library';
import { BOOT_KEY, type BootReads } from '../../../entrypoints/popup/boot-reads';
import { startEarlyReads } from '../../../entrypoints/popup/early-reads';
import { popupServices } from '../../../entrypoints/popup/services';
import { useFreshDb } from '../db/fresh-db';

const tabUrl = 'https://news.example.org/story?utm_source=feed';
vi.mock('wxt/browser', () => ({
  browser: { tabs: { query: vi.fn(async () => [{ url: tabUrl }]) } },
}));

useFreshDb();

describe('popupServices with reads started early', () => {
  it('hands out each early read once, to the first matching call; later calls read afresh', async () => {
    const early: FirstScreen = { articles: [], byArticle: new Map() };
    const earlyScreen = Promise.resolve(early);
    const services = popupServices(window, {
      firstScreen: earlyScreen,
      currentArticleId: Promise.resolve('early-tab'),
    });
    const story = {
      id: 'https://news.example.org/a',
      url: 'https://news.example.org/a',
      title: 'A',
    };
    await recordReading(story, []);

    // Another shape of request is not the one started early.
    expect((await services.firstScreen(0, 'https://news.example.org/a')).articles).toHaveLength(1);
    expect(services.firstScreen(FIRST_PAGE)).toBe(earlyScreen);
    const again = await services.firstScreen(FIRST_PAGE);
    expect(again.articles.map((a) => a.title)).toEqual(['A']);

    expect(await services.currentArticleId()).toBe('early-tab');
    expect(await services.currentArticleId()).toBe(articleKey(tabUrl));
  });
});

describe('startEarlyReads after the boot script', () => {
  const story = { id: 'https://news.example.org/a', url: 'https://news.example.org/a', title: 'A' };
  const boot = (reads: BootReads) =>
    ((window as unknown as Record<string, BootReads | undefined>)[BOOT_KEY] = reads);

  it("takes over the boot script's reads, once", async () => {
    await recordReading(story, [], 1000);
    const summaries = (await startEarlyReads(window).firstScreen!).articles;
    boot({
      summaries: Promise.resolve([
        {
          id: 'x',
          rank: -1,
          article: { ...story, id: 'x', firstReadAt: 1, lastReadAt: 1 },
          counts: { notes: 0, actors: 0, claims: 0 },
          preview: [],
        },
      ]),
      tab: Promise.resolve('https://other.example/page#top'),
    });
    const reads = startEarlyReads(window);
    expect((await reads.firstScreen!).articles.map((a) => a.id)).toEqual(['x']);
    expect(await reads.currentArticleId).toBe(articleKey('https://other.example/page#top'));
    // Taken: the next start reads for itself.
    expect((await startEarlyReads(window).firstScreen!).articles).toEqual(summaries);
  });

  it('reads through the repository when the boot script could not (an upgrade to run)', async () => {
    await recordReading(story, [], 1000);
    boot({ summaries: Promise.resolve(undefined), tab: Promise.resolve(undefined) });
    const reads = startEarlyReads(window);
    expect((await reads.firstScreen!).articles.map((a) => a.title)).toEqual(['A']);
    expect(await reads.currentArticleId).toBeUndefined();
  });
});
