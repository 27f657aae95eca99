import { describe, expect, it } from 'vitest';
import { listAnnotations, saveHighlight } from '../../../utils/db/annotations';
import {
  getArticle,
  listArticles,
  recordReading,
  type ArticleInput,
  type AutoAnnotationInput,
} from '../../../utils/db/articles';
import type { AnnotationRecord } from '../../../utils/db/schema';
import { useFreshDb } from './fresh-db';

useFreshDb();

const article = (id: string, title = `Title ${id}`): ArticleInput => ({
  id,
  url: `${id}?utm_source=x`,
  title,
  siteName: 'The Daily Ledger',
});

const target = (start: number, exact: string): AnnotationRecord['target'] => ({
  source: 'https://news.example.org/a',
  selector: [
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ],
});

const actor = (name: string, start: number): AutoAnnotationInput => ({
  kind: 'actor',
  target: target(start, name),
  actor: { name, type: 'person', form: 'name', mentionCount: 2 },
});

describe('recordReading', () => {
  it('creates one article record with its automatic annotations', async () => {
    await recordReading(
      article('https://news.example.org/a'),
      [actor('Kim Jong-un', 40), actor('Vladimir Putin', 10)],
      1000,
    );
    const stored = await listAnnotations('https://news.example.org/a');
    expect(stored.map((a) => a.actor?.name)).toEqual(['Vladimir Putin', 'Kim Jong-un']);
    expect(stored.every((a) => a.origin === 'auto' && a.type === 'Annotation')).toBe(true);
    expect(await getArticle('https://news.example.org/a')).toMatchObject({
      firstReadAt: 1000,
      lastReadAt: 1000,
    });
  });

  it('updates rather than duplicates when the article is read again', async () => {
    const id = 'https://news.example.org/a';
    await recordReading(article(id, 'Old headline'), [actor('Vladimir Putin', 10)], 1000);
    await recordReading(article(id, 'New headline'), [actor('Kim Jong-un', 40)], 2000);
    expect(await listArticles()).toHaveLength(1);
    expect(await getArticle(id)).toMatchObject({
      title: 'New headline',
      firstReadAt: 1000,
      lastReadAt: 2000,
    });
    expect((await listAnnotations(id)).map((a) => a.actor?.name)).toEqual(['Kim Jong-un']);
  });

  it("keeps the reader's own highlights when automatic ones are replaced", async () => {
    const id = 'https://news.example.org/a';
    await recordReading(article(id), [actor('Vladimir Putin', 10)], 1000);
    await saveHighlight(
      article(id),
      { target: target(5, 'defense pledge'), body: 'check this', colour: 'yellow' },
      1500,
    );
    await recordReading(article(id), [], 2000);
    const stored = await listAnnotations(id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'highlight', origin: 'user', body: 'check this' });
  });
});

describe('saveHighlight', () => {
  it('creates the article when the highlight is the first thing saved on it', async () => {
    const saved = await saveHighlight(
      article('https://x.example/b'),
      { target: target(0, 'quote'), body: '', colour: 'green' },
      5,
    );
    expect(saved).toMatchObject({
      articleId: 'https://x.example/b',
      colour: 'green',
      created: 5,
      modified: 5,
    });
    expect(await getArticle('https://x.example/b')).toMatchObject({ firstReadAt: 5 });
  });
});

describe('listArticles', () => {
  it('lists newest first and honours the limit', async () => {
    await recordReading(article('https://a.example/1'), [], 1);
    await recordReading(article('https://a.example/2'), [], 3);
    await recordReading(article('https://a.example/3'), [], 2);
    expect((await listArticles()).map((a) => a.id)).toEqual([
      'https://a.example/2',
      'https://a.example/3',
      'https://a.example/1',
    ]);
    expect(await listArticles(1)).toHaveLength(1);
  });
});
