import { describe, expect, it } from 'vitest';
import { saveHighlight, listAnnotations } from '../../../utils/db/annotations';
import { getArticle, recordReading, type ArticleInput } from '../../../utils/db/articles';
import {
  deleteAnnotation,
  forgetArticle,
  restoreAnnotation,
  restoreArticle,
  updateAnnotation,
} from '../../../utils/db/edits';
import {
  annotationsOf,
  listAllArticles,
  loadAllAnnotations,
  loadFirstScreen,
} from '../../../utils/db/library';
import type { AnnotationRecord } from '../../../utils/db/schema';
import { useFreshDb } from './fresh-db';

useFreshDb();

const article: ArticleInput = {
  id: 'https://news.example.org/a',
  url: 'https://news.example.org/a',
  title: 'A',
};
const target = (start: number, exact: string): AnnotationRecord['target'] => ({
  source: article.id,
  selector: [
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ],
});
const save = (body: string, now = 1000) =>
  saveHighlight(article, { target: target(0, 'quote'), body, colour: 'yellow' }, now);

describe('updateAnnotation', () => {
  it('saves an edit based on the current version and bumps modified', async () => {
    const note = await save('first');
    const result = await updateAnnotation(
      note.id,
      note.modified,
      { body: 'second', colour: 'blue' },
      2000,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { body: 'second', colour: 'blue', modified: 2000 },
    });
    expect((await listAnnotations(article.id))[0]).toMatchObject({
      body: 'second',
      modified: 2000,
    });
  });

  it('refuses an edit based on a stale version and returns the current one', async () => {
    const note = await save('first');
    await updateAnnotation(note.id, note.modified, { body: 'from the other window' }, 2000);
    const late = await updateAnnotation(note.id, note.modified, { body: 'from the popup' }, 3000);
    expect(late).toMatchObject({
      ok: false,
      reason: 'stale',
      current: { body: 'from the other window' },
    });
    expect((await listAnnotations(article.id))[0]!.body).toBe('from the other window');
  });

  it("says when the annotation is gone, and makes an edited automatic claim the reader's", async () => {
    expect(await updateAnnotation('nope', 1, { body: 'x' })).toEqual({
      ok: false,
      reason: 'missing',
    });
    await recordReading(
      article,
      [
        {
          kind: 'claim',
          target: target(5, 'he said so'),
          claim: { kind: 'statement', cue: 'said', quoted: 'none', status: 'unverified' },
        },
      ],
      1000,
    );
    const [claim] = await listAnnotations(article.id);
    const result = await updateAnnotation(claim!.id, claim!.modified, { status: 'disputed' }, 1000);
    expect(result).toMatchObject({
      ok: true,
      value: { origin: 'user', modified: 1001, claim: { status: 'disputed' } },
    });
    await recordReading(article, [], 5000);
    expect((await listAnnotations(article.id)).map((a) => a.claim?.status)).toEqual(['disputed']);
  });
});

describe('reading an article again after an edit', () => {
  const claimAt = (start: number, exact: string) => ({
    kind: 'claim' as const,
    target: target(start, exact),
    claim: {
      kind: 'statement' as const,
      cue: 'said',
      quoted: 'none' as const,
      status: 'unverified' as const,
    },
  });
  const actorAt = (start: number, name: string) => ({
    kind: 'actor' as const,
    target: target(start, name),
    actor: { name, type: 'person' as const, form: 'name' as const, mentionCount: 1 },
  });

  it('keeps one copy of an edited find: the edited one', async () => {
    const reading = [claimAt(5, 'he said so'), claimAt(40, 'she said no'), actorAt(0, 'Anna Kim')];
    await recordReading(article, reading, 1000);
    const first = await listAnnotations(article.id);
    const claim = first.find((a) => a.target.selector[0].exact === 'he said so')!;
    const actor = first.find((a) => a.kind === 'actor')!;
    await updateAnnotation(claim.id, claim.modified, { status: 'disputed' }, 2000);
    await updateAnnotation(actor.id, actor.modified, { body: 'who is she?' }, 2000);
    // The text moved a little since: the same finds, a few characters later.
    await recordReading(
      article,
      [claimAt(8, 'he said so'), claimAt(43, 'she said no'), actorAt(2, 'Anna Kim')],
      5000,
    );
    const again = await listAnnotations(article.id);
    expect(again.map((a) => [a.target.selector[0].exact, a.origin])).toEqual([
      ['Anna Kim', 'user'],
      ['he said so', 'user'],
      ['she said no', 'auto'],
    ]);
    expect(again.find((a) => a.id === claim.id)!.claim!.status).toBe('disputed');
    expect(again.find((a) => a.id === actor.id)!.body).toBe('who is she?');
  });

  it('matches a recurring quote to the nearest edited copy and stores the others', async () => {
    await recordReading(article, [claimAt(10, 'so it was'), claimAt(500, 'so it was')], 1000);
    const [, late] = await listAnnotations(article.id);
    await updateAnnotation(late!.id, late!.modified, { body: 'the second one' }, 2000);
    await recordReading(article, [claimAt(12, 'so it was'), claimAt(505, 'so it was')], 5000);
    const again = await listAnnotations(article.id);
    expect(again.map((a) => [a.target.selector[1].start, a.origin])).toEqual([
      [12, 'auto'],
      [500, 'user'],
    ]);
  });

  it('never takes a highlight of the same words for a find', async () => {
    await saveHighlight(article, { target: target(5, 'he said so'), body: 'mine', colour: 'blue' });
    await recordReading(article, [claimAt(5, 'he said so')], 5000);
    expect((await listAnnotations(article.id)).map((a) => a.kind).sort()).toEqual([
      'claim',
      'highlight',
    ]);
  });
});

describe('delete, forget and undo', () => {
  it('deletes an annotation and restores it unchanged', async () => {
    const note = await save('keep me');
    const removed = await deleteAnnotation(note.id);
    expect(await listAnnotations(article.id)).toEqual([]);
    await restoreAnnotation(removed!);
    expect(await listAnnotations(article.id)).toEqual([note]);
    expect(await deleteAnnotation('missing')).toBeUndefined();
  });

  it('forgets an article with everything on it and can put it back', async () => {
    const note = await save('mine');
    const snapshot = await forgetArticle(article.id);
    expect(await getArticle(article.id)).toBeUndefined();
    expect(await listAnnotations(article.id)).toEqual([]);
    await restoreArticle(snapshot!);
    expect(await listAnnotations(article.id)).toEqual([note]);
    expect(await listAllArticles()).toHaveLength(1);
  });
});

describe('library reads', () => {
  it('lists every article newest first, reads the first screen, and all annotations in batches', async () => {
    for (let i = 0; i < 5; i++) {
      await saveHighlight(
        { ...article, id: `${article.id}${i}` },
        { target: target(i, 'q'), body: `n${i}`, colour: 'pink' },
        1000 + i,
      );
    }
    expect((await listAllArticles()).map((a) => a.lastReadAt)).toEqual([
      1004, 1003, 1002, 1001, 1000,
    ]);
    const batches: number[] = [];
    const seen = new Set<string>();
    await loadAllAnnotations((batch) => {
      batches.push(batch.length);
      for (const a of batch) seen.add(a.id);
    }, 2);
    expect(batches).toEqual([2, 2, 1]);
    expect(seen.size).toBe(5);
    const first = await loadFirstScreen(2, `${article.id}0`);
    expect(first.articles.map((a) => a.lastReadAt)).toEqual([1004, 1003, 1000]);
    expect(first.byArticle.get(`${article.id}0`)!.map((a) => a.body)).toEqual(['n0']);
    expect((await loadFirstScreen(0, 'none')).articles).toEqual([]);
    const some = await annotationsOf([`${article.id}1`, 'none']);
    expect(some.get(`${article.id}1`)!.map((a) => a.body)).toEqual(['n1']);
    expect(some.get('none')).toEqual([]);
  });
});
