/** Records the popup E2E suite stores through the extension's own page, and helpers to drive it. */
import type { Page } from 'puppeteer-core';
import type { AnnotationRecord, ArticleRecord } from '../../utils/db/schema';
import { summarise } from '../../utils/db/summaries';
import type { StoredAnnotation } from './extension-db';

const READ = Date.UTC(2025, 2, 14, 9, 30);
const A = 'https://news.example.org/2025/03/14/treaty-talks';
const B = 'https://other.example.com/2025/03/13/grain-deal';

const target = (source: string, exact: string, start: number) => ({
  source,
  selector: [
    { type: 'TextQuoteSelector', exact, prefix: 'text before the ', suffix: ' and the text after' },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ],
});

/** Two articles from two sites: notes, an actor and a claim. */
export const SEED_RECORDS = {
  articles: [
    {
      id: A,
      url: A,
      title: 'Treaty talks resume in Geneva',
      siteName: 'The Daily Ledger',
      published: '2025-03-14T08:00:00Z',
      firstReadAt: READ,
      lastReadAt: READ,
    },
    {
      id: B,
      url: B,
      title: 'Grain deal extended for a year',
      siteName: 'Other Times',
      firstReadAt: READ - 86_400_000,
      lastReadAt: READ - 86_400_000,
    },
  ],
  annotations: [
    {
      id: '6f1c2b7e-1a2b-4c3d-8e4f-000000000001',
      type: 'Annotation',
      articleId: A,
      kind: 'highlight',
      origin: 'user',
      target: target(A, 'the pledge was signed in 1961', 120),
      body: 'Check the treaty archive for the wording',
      colour: 'yellow',
      created: READ + 1000,
      modified: READ + 1000,
    },
    {
      id: '6f1c2b7e-1a2b-4c3d-8e4f-000000000002',
      type: 'Annotation',
      articleId: B,
      kind: 'highlight',
      origin: 'user',
      target: target(B, 'exports rose by a third', 40),
      body: 'Compare with the ministry figures',
      colour: 'green',
      created: READ - 80_000_000,
      modified: READ - 80_000_000,
    },
    {
      id: '6f1c2b7e-1a2b-4c3d-8e4f-000000000003',
      type: 'Annotation',
      articleId: A,
      kind: 'actor',
      origin: 'auto',
      target: target(A, 'Vladimir Putin', 10),
      body: '',
      actor: { name: 'Vladimir Putin', type: 'person', form: 'name', mentionCount: 4 },
      created: READ,
      modified: READ,
    },
    {
      id: '6f1c2b7e-1a2b-4c3d-8e4f-000000000004',
      type: 'Annotation',
      articleId: A,
      kind: 'claim',
      origin: 'auto',
      target: target(A, 'Mr. Putin said the talks were useful', 300),
      body: '',
      claim: {
        kind: 'statement',
        speaker: 'Vladimir Putin',
        cue: 'said',
        content: 'the talks were useful',
        quoted: 'none',
        status: 'unverified',
      },
      created: READ,
      modified: READ,
    },
  ],
};

/** The seeded notes (the reader's own annotations). */
export const SEED_NOTES = SEED_RECORDS.annotations.filter((a) => a.origin === 'user');

/**
 * Writes records into the extension's `margin` database (created by the popup on load), with
 * each article's summary as the repository would keep it (the articles must be new to it).
 */
export async function seedDatabase(page: Page, records: typeof SEED_RECORDS): Promise<void> {
  const summaries = records.articles.map((article) =>
    summarise(
      article as ArticleRecord,
      records.annotations.filter((a) => a.articleId === article.id) as AnnotationRecord[],
    ),
  );
  await page.evaluate(
    async (data) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('margin');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['articles', 'annotations', 'summaries'], 'readwrite');
        for (const a of data.articles) tx.objectStore('articles').put(a);
        for (const a of data.annotations) tx.objectStore('annotations').put(a);
        for (const s of data.summaries) tx.objectStore('summaries').put(s);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { ...records, summaries },
  );
}

/** The reader's annotations in a dump, sorted by id, values only. */
export function userAnnotations(dump: { annotations: Array<{ value: StoredAnnotation }> } | null) {
  return (dump?.annotations ?? [])
    .map((a) => a.value)
    .filter((a) => a.origin === 'user')
    .sort((x, y) => String(x.id).localeCompare(String(y.id)));
}

/** Opens the popup's tab called `name`. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.evaluate((label) => {
    const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find(
      (t) => t.textContent === label,
    );
    if (!tab) throw new Error(`no tab ${label}`);
    tab.click();
  }, name);
}

/** Records every Blob the page turns into an object URL (what the export buttons download). */
export async function captureDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __blobs: Blob[] };
    w.__blobs = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) w.__blobs.push(blob);
      return original(blob);
    };
  });
}

/** The text of the last captured download. */
export async function lastDownload(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const blobs = (window as unknown as { __blobs: Blob[] }).__blobs;
    const blob = blobs[blobs.length - 1];
    if (!blob) throw new Error('nothing was downloaded');
    return blob.text();
  });
}

/** Chooses a file with `text` in the page's file input, as a reader picking it would. */
export async function chooseFile(page: Page, text: string): Promise<void> {
  await page.evaluate((content) => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    const files = new DataTransfer();
    files.items.add(new File([content], 'margin.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}
