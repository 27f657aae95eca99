/**
 * Fault: a write fails (disk full, a value the store refuses). The reader gets a message, and
 * what was stored before is exactly as it was: a transaction that fails half-way keeps none
 * of its writes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveHighlight } from '../../../utils/db/annotations';
import { recordReading, type AutoAnnotationInput } from '../../../utils/db/articles';
import { forgetArticle, restoreArticle, updateAnnotation } from '../../../utils/db/edits';
import { importNotes } from '../../../utils/db/import-notes';
import { errorMessage } from '../../../utils/messages';
import { useFreshDb } from '../../unit/db/fresh-db';
import { annotation, article } from '../../unit/library/sample';
import { deliver } from './background';
import { dumpDb, type Dump } from './db-dump';
import { failWrites, type FailureMode } from './failing-idb';

useFreshDb();

const page = { id: 'https://news.example.org/a', url: 'https://news.example.org/a', title: 'A' };
const target = (exact: string, start: number) => ({
  source: page.id,
  selector: [
    { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  ] as [never, never],
});
const autos = (n: number): AutoAnnotationInput[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'actor',
    target: target(`Actor ${i}`, i * 20),
    actor: { name: `Actor ${i}`, type: 'person', form: 'name', mentionCount: 1 },
  }));

let before: Dump;
let restore = () => {};
beforeEach(async () => {
  await recordReading(page, autos(4), 1000);
  await saveHighlight(
    page,
    { target: target('my quote', 300), body: 'my note', colour: 'green' },
    1001,
  );
  before = await dumpDb();
});
afterEach(() => restore());

describe.each<FailureMode>(['quota', 'throw'])('writes failing (%s)', (mode) => {
  it('a new note that cannot be written is reported and nothing else changes', async () => {
    restore = failWrites(0, mode);
    const other = { ...page, id: 'https://news.example.org/b', url: 'https://news.example.org/b' };
    const save = saveHighlight(other, { target: target('x', 0), body: 'lost?', colour: 'yellow' });
    await expect(save).rejects.toThrow();
    restore();
    expect(await dumpDb()).toEqual(before);
  });

  it('a reading that fails half-way keeps the previous automatic annotations', async () => {
    restore = failWrites(3, mode);
    await expect(recordReading(page, autos(6), 2000)).rejects.toThrow();
    restore();
    expect(await dumpDb()).toEqual(before);
  });

  it('an import that fails half-way imports nothing', async () => {
    restore = failWrites(5, mode);
    const a = article('imported');
    const notes = Array.from({ length: 8 }, (_, i) => ({
      article: a,
      annotation: annotation(a.id, `quote ${i}`, { body: `note ${i}` }, i * 10),
    }));
    await expect(importNotes(notes)).rejects.toThrow();
    restore();
    expect(await dumpDb()).toEqual(before);
  });

  it('an edit that fails keeps the old note', async () => {
    const note = before.annotations.find((a) => a.origin === 'user')!;
    restore = failWrites(0, mode);
    await expect(updateAnnotation(note.id, note.modified, { body: 'new' })).rejects.toThrow();
    restore();
    expect(await dumpDb()).toEqual(before);
  });

  it('undoing a forget that fails half-way puts back nothing', async () => {
    const snapshot = (await forgetArticle(page.id))!;
    const empty = await dumpDb();
    restore = failWrites(2, mode);
    await expect(restoreArticle(snapshot)).rejects.toThrow();
    restore();
    expect(await dumpDb()).toEqual(empty);
    await restoreArticle(snapshot);
    expect(await dumpDb()).toEqual(before);
  });
});

describe('the reader is told', () => {
  it('a full disk reaches the content script as a readable error value', async () => {
    restore = failWrites(0, 'quota');
    const reply = await deliver({
      margin: 1,
      type: 'saveHighlight',
      payload: {
        article: page,
        highlight: { target: target('q', 0), body: 'n', colour: 'pink' },
      },
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/storage is full/i) });
  });

  it('every kind of error becomes a non-empty message', () => {
    for (const error of [
      new DOMException('', 'QuotaExceededError'),
      new DOMException('', 'AbortError'),
      new Error(''),
      undefined,
    ]) {
      expect(errorMessage(error).trim().length).toBeGreaterThan(0);
    }
  });
});
