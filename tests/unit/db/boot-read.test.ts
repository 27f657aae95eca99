import { describe, expect, it } from 'vitest';
import { saveHighlight } from '../../../utils/db/annotations';
import { readNewestSummaries } from '../../../utils/db/boot-read';
import { closeDb, getDb } from '../../../utils/db/open';
import { DB_VERSION } from '../../../utils/db/schema';
import { buildV1, readFixture } from '../../faults/unit/schema-v1';
import { useFreshDb } from './fresh-db';

useFreshDb();

const versionOf = () =>
  new Promise<number>((resolve) => {
    const request = indexedDB.open('margin');
    request.onsuccess = () => {
      resolve(request.result.version);
      request.result.close();
    };
  });

describe('readNewestSummaries (the boot script read)', () => {
  it('reads the newest summaries of a current database', async () => {
    for (let i = 0; i < 3; i++) {
      const id = `https://news.example.org/${i}`;
      await saveHighlight(
        { id, url: id, title: `T${i}` },
        {
          target: {
            source: id,
            selector: [
              { type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: 0, end: 1 },
            ],
          },
          body: `n${i}`,
          colour: 'blue',
        },
        1000 + i,
      );
    }
    const found = await readNewestSummaries(indexedDB, 2);
    expect(found?.map((s) => s.article.title)).toEqual(['T2', 'T1']);
    expect(found?.[0]?.preview.map((a) => a.body)).toEqual(['n2']);
  });

  it('never creates or upgrades the database: the repository does', async () => {
    expect(await readNewestSummaries(indexedDB, 4)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('margin');
    await buildV1(readFixture(1));
    expect(await readNewestSummaries(indexedDB, 4)).toBeUndefined();
    expect(await versionOf()).toBe(1);
    expect((await getDb()).version).toBe(DB_VERSION);
    await closeDb();
    expect(await readNewestSummaries(indexedDB, 4)).toHaveLength(2);
  });
});
