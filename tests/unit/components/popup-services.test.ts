import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE } from '../../../components/popup-services';
import { articleKey } from '../../../utils/anchoring/url-identity';
import { recordReading } from '../../../utils/db/articles';
import type { FirstScreen } from '../../../utils/db/library';
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
