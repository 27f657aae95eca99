/**
 * Reads the extension's IndexedDB from one of its own pages. The database is opened only when
 * it exists: opening a missing one would create an empty version 1 under the extension's feet.
 */
import type { Page } from 'puppeteer-core';

/** The annotation fields the tests rely on; everything else is passed through untouched. */
export interface StoredAnnotation {
  id?: unknown;
  articleId: string;
  kind: 'highlight' | 'actor' | 'claim' | string;
  body?: unknown;
  target?: { source?: string; selector?: Array<Record<string, unknown>> };
  [field: string]: unknown;
}

/** The article fields the tests rely on. */
export interface StoredArticle {
  id?: string;
  url?: string;
  title?: string;
  [field: string]: unknown;
}

/** Both stores, read in one transaction, with their primary keys. */
export interface MarginDbDump {
  stores: string[];
  articles: Array<{ key: unknown; value: StoredArticle }>;
  annotations: Array<{ key: unknown; value: StoredAnnotation }>;
}

/** The `margin` database's content as seen from `page`, or null when the database does not exist. */
export async function readMarginDb(page: Page): Promise<MarginDbDump | null> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((info) => info.name);
    if (!names.includes('margin')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('margin');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const stores = [...db.objectStoreNames];
      const wanted = ['articles', 'annotations'].filter((name) => stores.includes(name));
      const tx = db.transaction(wanted, 'readonly');
      const dump: Record<string, Array<{ key: unknown; value: unknown }>> = {};
      await Promise.all(
        wanted.map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const rows: Array<{ key: unknown; value: unknown }> = [];
              const cursor = tx.objectStore(name).openCursor();
              cursor.onerror = () => reject(cursor.error);
              cursor.onsuccess = () => {
                const c = cursor.result;
                if (!c) {
                  dump[name] = rows;
                  resolve();
                  return;
                }
                rows.push({ key: c.primaryKey, value: c.value });
                c.continue();
              };
            }),
        ),
      );
      return {
        stores,
        articles: (dump.articles ?? []) as never,
        annotations: (dump.annotations ?? []) as never,
      };
    } finally {
      db.close();
    }
  });
}

/** The names of the IndexedDB databases visible from `page`'s origin. */
export async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).map((info) => info.name ?? '').filter(Boolean),
  );
}

/** The selector of `type` in an annotation's target, if any. */
export function selectorOf(
  annotation: StoredAnnotation,
  type: 'TextQuoteSelector' | 'TextPositionSelector',
): Record<string, unknown> | undefined {
  return annotation.target?.selector?.find((selector) => selector.type === type);
}

/** The note text of an annotation body, whether stored as a string or a W3C TextualBody. */
export function noteText(annotation: StoredAnnotation): string | undefined {
  const { body } = annotation;
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object' && 'value' in body) return String(body.value);
  return undefined;
}

/** Actor names found in the database: each actor annotation's name, or the text it quotes. */
export function actorNames(dump: MarginDbDump | null): string[] {
  const names = new Set<string>();
  for (const { value } of dump?.annotations ?? []) {
    if (value.kind !== 'actor') continue;
    const actor = value.actor as { name?: unknown } | undefined;
    if (typeof actor?.name === 'string') names.add(actor.name);
    const exact = selectorOf(value, 'TextQuoteSelector')?.exact;
    if (typeof exact === 'string') names.add(exact);
  }
  return [...names];
}

/** The cue words of the claims found in the database. */
export function claimCues(dump: MarginDbDump | null): string[] {
  const cues = new Set<string>();
  for (const { value } of dump?.annotations ?? []) {
    const claim = value.claim as { cue?: unknown } | undefined;
    if (value.kind === 'claim' && typeof claim?.cue === 'string') cues.add(claim.cue);
  }
  return [...cues];
}
