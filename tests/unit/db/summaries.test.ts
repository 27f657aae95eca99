import { describe, expect, it } from 'vitest';
import { cardItems } from '../../../components/card-items';
import { listAnnotations, saveHighlight } from '../../../utils/db/annotations';
import { recordReading, type ArticleInput } from '../../../utils/db/articles';
import {
  deleteAnnotation,
  forgetArticle,
  restoreAnnotation,
  restoreArticle,
  updateAnnotation,
} from '../../../utils/db/edits';
import { importNotes } from '../../../utils/db/import-notes';
import { listAllArticles, loadFirstScreen } from '../../../utils/db/library';
import { getDb } from '../../../utils/db/open';
import type { AnnotationRecord, ArticleRecord } from '../../../utils/db/schema';
import { PREVIEW_ACTORS, summarise } from '../../../utils/db/summaries';
import { buildV1 } from '../../faults/unit/schema-v1';
import { useFreshDb } from './fresh-db';

useFreshDb();

const HOUR = 3_600_000;

function articleRecord(i: number): ArticleRecord {
  const url = `https://site${i % 3}.example/story-${i}`;
  return {
    id: url,
    url,
    title: `Story ${i}`,
    siteName: `Site ${i % 3}`,
    firstReadAt: i * HOUR,
    lastReadAt: i * HOUR,
  };
}

let next = 0;
/** An annotation of `kind` on `article` at text offset `start`. */
function record(
  article: ArticleRecord,
  kind: 'note' | 'actor' | 'claim' | 'edited-claim',
  start: number,
  mentions = 1,
): AnnotationRecord {
  const exact = `${kind} ${start}`;
  const base: AnnotationRecord = {
    id: `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`,
    type: 'Annotation',
    articleId: article.id,
    kind: 'highlight',
    origin: 'auto',
    target: {
      source: article.url,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: '',
    created: article.lastReadAt,
    modified: article.lastReadAt,
  };
  if (kind === 'note') return { ...base, origin: 'user', body: `note at ${start}`, colour: 'blue' };
  if (kind === 'actor') {
    return {
      ...base,
      kind: 'actor',
      actor: { name: `Actor ${start}`, type: 'person', form: 'name', mentionCount: mentions },
    };
  }
  const claim = {
    kind: 'statement' as const,
    speaker: 'Actor',
    cue: 'said',
    content: exact,
    quoted: 'none' as const,
    status: 'unverified' as const,
  };
  return { ...base, kind: 'claim', origin: kind === 'edited-claim' ? 'user' : 'auto', claim };
}

/** Three articles: a full one (stored out of text order), one with finds only, one empty. */
function library() {
  const [full, finds, empty] = [articleRecord(3), articleRecord(1), articleRecord(2)];
  const annotations: AnnotationRecord[] = [];
  for (let k = 0; k < 30; k++) annotations.push(record(full!, 'actor', 1000 - k * 10, (k * 7) % 5));
  for (let k = 0; k < 8; k++) annotations.push(record(full!, 'claim', 2000 - k * 10));
  for (let k = 0; k < 7; k++) annotations.push(record(full!, 'note', 3000 - k * 10));
  annotations.push(record(full!, 'edited-claim', 5));
  annotations.push(record(finds!, 'actor', 10), record(finds!, 'claim', 20));
  return { articles: [full!, finds!, empty!], annotations };
}

/** Every stored summary, by article id. */
async function storedSummaries() {
  const all = await (await getDb()).getAll('summaries');
  return new Map(all.map((s) => [s.id, s]));
}

/** Each article's summary is what its records make, and no summary outlives its article. */
async function expectInStep(): Promise<void> {
  const articles = await listAllArticles();
  const summaries = await storedSummaries();
  expect([...summaries.keys()].sort()).toEqual(articles.map((a) => a.id).sort());
  for (const article of articles) {
    const annotations = await listAnnotations(article.id);
    const stored = summaries.get(article.id)!;
    expect(stored).toEqual(summarise(article, annotations));
    // What the collapsed card shows from the summary is what it shows from everything.
    expect(cardItems(stored.preview, false, stored.counts)).toEqual(cardItems(annotations, false));
  }
}

describe('summarise', () => {
  it('counts every section and keeps exactly what a collapsed card shows, in text order', () => {
    const { articles, annotations } = library();
    const full = articles[0]!;
    const mine = annotations.filter((a) => a.articleId === full.id);
    const summary = summarise(full, mine);
    expect(summary.counts).toEqual({ notes: 8, actors: 30, claims: 8 });
    expect(summary.rank).toBe(-full.lastReadAt);
    const starts = summary.preview.map((a) => a.target.selector[1].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(summary.preview.filter((a) => a.kind === 'actor')).toHaveLength(PREVIEW_ACTORS);
    // The most mentioned actors, ties in text order, as the card orders them.
    const sorted = [...mine]
      .filter((a) => a.kind === 'actor')
      .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
      .sort((a, b) => b.actor!.mentionCount - a.actor!.mentionCount);
    expect(cardItems(summary.preview, false, summary.counts).actors).toEqual(
      sorted.slice(0, PREVIEW_ACTORS),
    );
    expect(cardItems(summary.preview, false, summary.counts)).toEqual(
      cardItems(
        [...mine].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start),
        false,
      ),
    );
    expect(summarise(articles[2]!, []).preview).toEqual([]);
  });
});

describe('summaries store (schema v2)', () => {
  it('upgrading a v1 database with data builds every summary; the first screen reads them', async () => {
    const { articles, annotations } = library();
    await buildV1({ version: 1, articles: [...articles], annotations: [...annotations] } as never);
    expect((await getDb()).version).toBe(2);
    await expectInStep();
    const summaries = await storedSummaries();
    expect(summaries.get(articles[0]!.id)!.counts).toEqual({ notes: 8, actors: 30, claims: 8 });
    expect(summaries.get(articles[2]!.id)!.counts).toEqual({ notes: 0, actors: 0, claims: 0 });
    const first = await loadFirstScreen(2, articles[1]!.id);
    expect(first.articles.map((a) => a.id)).toEqual([
      articles[0]!.id,
      articles[2]!.id,
      articles[1]!.id,
    ]);
    expect(first.counts!.get(articles[1]!.id)).toEqual({ notes: 0, actors: 1, claims: 1 });
  });

  it('every repository write keeps the summaries in step, in its own transaction', async () => {
    const input: ArticleInput = {
      id: 'https://a.example/1',
      url: 'https://a.example/1',
      title: 'One',
    };
    const other: ArticleInput = {
      id: 'https://b.example/2',
      url: 'https://b.example/2',
      title: 'Two',
    };
    const finds = (n: number) =>
      Array.from({ length: n }, (_, k) => {
        const { kind, target, actor, claim } = record(
          articleRecord(0),
          k % 2 ? 'claim' : 'actor',
          k * 10,
        );
        return { kind, target, actor, claim };
      });
    await recordReading(input, finds(20), 1000);
    await expectInStep();
    const note = await saveHighlight(
      input,
      { target: record(articleRecord(0), 'note', 5).target, body: 'mine', colour: 'pink' },
      1100,
    );
    await saveHighlight(other, { target: note.target, body: 'other', colour: 'green' }, 1200);
    await expectInStep();
    expect((await loadFirstScreen(1)).articles.map((a) => a.id)).toEqual([other.id]);
    // A reading again replaces the finds and moves the article first.
    await recordReading({ ...input, title: 'One, updated' }, finds(6), 1300);
    await expectInStep();
    const first = await loadFirstScreen(1);
    expect(first.articles[0]!.title).toBe('One, updated');
    expect(first.counts!.get(input.id)).toEqual({ notes: 1, actors: 3, claims: 3 });
    const claim = (await listAnnotations(input.id)).find((a) => a.kind === 'claim')!;
    const edited = await updateAnnotation(claim.id, claim.modified, { status: 'disputed' }, 1400);
    expect(edited.ok).toBe(true);
    await expectInStep();
    expect((await storedSummaries()).get(input.id)!.counts).toEqual({
      notes: 2,
      actors: 3,
      claims: 2,
    });
    const removed = (await deleteAnnotation(note.id))!;
    await expectInStep();
    await restoreAnnotation(removed);
    await expectInStep();
    const snapshot = (await forgetArticle(input.id))!;
    await expectInStep();
    expect((await loadFirstScreen(5)).articles.map((a) => a.id)).toEqual([other.id]);
    await restoreArticle(snapshot);
    await expectInStep();
    const { articles, annotations } = library();
    const outcome = await importNotes(
      annotations
        .filter((a) => a.origin === 'user')
        .map((annotation) => ({
          annotation,
          article: articles.find((a) => a.id === annotation.articleId)!,
        })),
    );
    expect(outcome.added).toBe(8);
    await expectInStep();
  });

  it('a write that fails leaves the summary as it was', async () => {
    const input: ArticleInput = {
      id: 'https://a.example/1',
      url: 'https://a.example/1',
      title: 'One',
    };
    await saveHighlight(
      input,
      { target: record(articleRecord(0), 'note', 5).target, body: 'a', colour: 'pink' },
      1000,
    );
    const before = await storedSummaries();
    // A value the store cannot clone throws inside the transaction, after the note's add.
    await expect(
      saveHighlight(
        input,
        {
          target: record(articleRecord(0), 'note', 9).target,
          body: (() => {}) as never,
          colour: 'pink',
        },
        2000,
      ),
    ).rejects.toThrow();
    expect(await storedSummaries()).toEqual(before);
    await expectInStep();
  });
});
