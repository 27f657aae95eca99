/**
 * Fault: a profile made by an older Margin is opened by this one. For every shipped schema
 * version there is a fixture database; upgrading it must keep every record exactly.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../../../utils/db/annotations';
import { listAllArticles } from '../../../utils/db/library';
import { getDb } from '../../../utils/db/open';
import { DB_VERSION } from '../../../utils/db/schema';
import { useFreshDb } from '../../unit/db/fresh-db';
import { dumpDb } from './db-dump';
import { BUILDERS } from './schema-builders';
import { fixturePath, readFixture } from './schema-v1';

useFreshDb();

const shipped = Array.from({ length: DB_VERSION }, (_, i) => i + 1);
const byId = (a: { id?: unknown }, b: { id?: unknown }) => String(a.id).localeCompare(String(b.id));

describe('schema upgrades', () => {
  it('every shipped schema version has a fixture and a frozen builder', () => {
    for (const version of shipped) {
      expect(existsSync(fixturePath(version)), `tests/fixtures/db/v${version}.json`).toBe(true);
      expect(BUILDERS[version], `frozen builder for v${version}`).toBeTypeOf('function');
    }
  });

  it.each(shipped)('a version %i database opens with every record intact', async (version) => {
    const fixture = readFixture(version);
    await BUILDERS[version]!(fixture);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const { articles, annotations } = await dumpDb();
    expect([...articles].sort(byId)).toEqual([...fixture.articles].sort(byId));
    expect([...annotations].sort(byId)).toEqual([...fixture.annotations].sort(byId));
    // The indexes the repositories use still answer.
    expect((await listAllArticles()).map((a) => a.lastReadAt)).toEqual(
      fixture.articles.map((a) => a.lastReadAt as number).sort((a, b) => b - a),
    );
    // Every article has its summary (built by the v2 upgrade, or kept as stored).
    const summaries = await db.getAll('summaries');
    expect(summaries.map((s) => s.id).sort()).toEqual(
      fixture.articles.map((a) => String(a.id)).sort(),
    );
    if (fixture.summaries)
      expect([...summaries].sort(byId)).toEqual([...fixture.summaries].sort(byId));
    for (const article of fixture.articles) {
      const mine = fixture.annotations.filter((a) => a.articleId === article.id);
      expect(await listAnnotations(article.id as string)).toHaveLength(mine.length);
    }
  });
});
