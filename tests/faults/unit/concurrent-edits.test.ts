/**
 * Fault: several tabs and the popup save and edit at once. Every save lands, and of two edits
 * based on the same version only the first is written; the other is refused with a message
 * instead of silently overwriting it.
 */
import { describe, expect, it } from 'vitest';
import { listAnnotations, saveHighlight } from '../../../utils/db/annotations';
import { recordReading } from '../../../utils/db/articles';
import { useFreshDb } from '../../unit/db/fresh-db';
import { deliver } from './background';
import { dumpDb } from './db-dump';

useFreshDb();

const page = { id: 'https://news.example.org/a', url: 'https://news.example.org/a', title: 'A' };
const target = (exact: string, start: number) => ({
  source: page.id,
  selector: [
    { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  ] as [never, never],
});

describe('concurrent saves and edits', () => {
  it('twenty tabs saving notes on one new article at once: all twenty kept, one article', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        saveHighlight(page, { target: target(`q${i}`, i), body: `note ${i}`, colour: 'yellow' }),
      ),
    );
    const { articles, annotations } = await dumpDb();
    expect(articles).toHaveLength(1);
    expect(annotations.map((a) => a.body).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `note ${i}`).sort(),
    );
  });

  it('two editors of one note: the first wins, the second is refused with a message', async () => {
    const note = await saveHighlight(page, { target: target('q', 0), body: 'v1', colour: 'blue' });
    const edit = (body: string) =>
      deliver({
        margin: 1,
        type: 'editAnnotation',
        payload: { id: note.id, expectedModified: note.modified, patch: { body } },
      });
    const replies = (await Promise.all([edit('from the popup'), edit('from the panel')])) as Array<{
      ok: boolean;
      error?: string;
    }>;
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    const refused = replies.find((r) => !r.ok)!;
    expect(refused.error).toMatch(/changed elsewhere/);
    const [stored] = await listAnnotations(page.id);
    expect(stored!.body).toBe(replies[0]!.ok ? 'from the popup' : 'from the panel');
  });

  it('an edit based on an old version never overwrites a newer one', async () => {
    const note = await saveHighlight(page, { target: target('q', 0), body: 'v1', colour: 'blue' });
    const first = (await deliver({
      margin: 1,
      type: 'editAnnotation',
      payload: { id: note.id, expectedModified: note.modified, patch: { body: 'v2' } },
    })) as { ok: boolean; value: { modified: number } };
    expect(first.ok).toBe(true);
    expect(first.value.modified).toBeGreaterThan(note.modified);
    const stale = await deliver({
      margin: 1,
      type: 'editAnnotation',
      payload: { id: note.id, expectedModified: note.modified, patch: { body: 'v2-stale' } },
    });
    expect(stale).toMatchObject({ ok: false });
    expect((await listAnnotations(page.id))[0]!.body).toBe('v2');
  });

  it('a re-reading racing a save never removes the reader’s note', async () => {
    const auto = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        kind: 'claim' as const,
        target: target(`c${i}`, 100 + i),
        claim: {
          kind: 'statement' as const,
          cue: 'said',
          quoted: 'none' as const,
          status: 'unverified' as const,
        },
      }));
    await recordReading(page, auto(5));
    await Promise.all([
      recordReading(page, auto(7)),
      saveHighlight(page, { target: target('mine', 0), body: 'keep me', colour: 'pink' }),
      recordReading(page, auto(3)),
    ]);
    const all = await listAnnotations(page.id);
    expect(all.filter((a) => a.origin === 'user').map((a) => a.body)).toEqual(['keep me']);
    // The last reading's set, never a mix of two readings.
    expect(all.filter((a) => a.origin === 'auto')).toHaveLength(3);
  });
});
