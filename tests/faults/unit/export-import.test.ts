/**
 * Fault: the reader's profile is lost (new computer, wiped browser). Export -> wipe -> import
 * must give back every note and its article exactly, whatever the notes contain; the CSV
 * export must not turn page text into spreadsheet formulas.
 */
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../../components/exports';
import { importNotes } from '../../../utils/db/import-notes';
import { annotationsOf, listAllArticles } from '../../../utils/db/library';
import { closeDb } from '../../../utils/db/open';
import type { AnnotationRecord, ArticleRecord } from '../../../utils/db/schema';
import { checkImport } from '../../../utils/exchange/import-check';
import type { LibraryState } from '../../../utils/library/library-state';
import { useFreshDb } from '../../unit/db/fresh-db';
import { parseCsv } from '../csv-parse';
import { dumpDb } from './db-dump';
import { buildV1, readFixture } from './schema-v1';

useFreshDb();

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=2</script>',
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  'emoji 🇺🇦 and astral 𝒜, combining é, RTL ‏שלום‏',
  'line one\r\nline two\n',
];

async function library(): Promise<LibraryState> {
  const articles = await listAllArticles();
  return { articles, byArticle: await annotationsOf(articles.map((a) => a.id)), complete: true };
}

async function wipe(): Promise<void> {
  await closeDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('margin');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** The v1 fixture plus notes whose text is every hostile string. */
async function seed(): Promise<void> {
  const fixture = readFixture(1);
  const host = fixture.annotations[0] as unknown as AnnotationRecord;
  fixture.annotations.push(
    ...HOSTILE.map((text, i) => ({
      ...host,
      id: `5eed0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      body: text,
      target: {
        ...host.target,
        selector: [{ ...host.target.selector[0], exact: text }, host.target.selector[1]],
      },
    })),
  );
  await buildV1(fixture);
}

const users = (list: AnnotationRecord[]) =>
  list.filter((a) => a.origin === 'user').sort((a, b) => a.id.localeCompare(b.id));

describe('export, wipe, import', () => {
  it('gives back every note and its article exactly', async () => {
    await seed();
    const before = await dumpDb();
    const file = exportLibrary(await library(), 'json');
    await wipe();
    expect((await dumpDb()).annotations).toHaveLength(0);
    const checked = checkImport(file.text);
    if (!checked.ok) throw new Error(checked.error);
    const outcome = await importNotes(checked.notes);
    expect(outcome).toEqual({ added: users(before.annotations).length, skipped: 0 });
    const after = await dumpDb();
    expect(users(after.annotations)).toEqual(users(before.annotations));
    const noted = new Set(users(before.annotations).map((a) => a.articleId));
    const articles = (list: ArticleRecord[]) =>
      list.filter((a) => noted.has(a.id)).sort((a, b) => a.id.localeCompare(b.id));
    expect(articles(after.articles)).toEqual(articles(before.articles));
  });

  it('CSV export: no cell can start a formula, every note is still there', async () => {
    await seed();
    const csv = exportLibrary(await library(), 'csv').text;
    const cells = parseCsv(csv).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const text of HOSTILE) {
      const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(cells).toContain(defused);
    }
  });
});
