import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = join(__dirname, '../../fixtures/pages/seed-article/source.html');
const TSX = join(__dirname, '../../../node_modules/.bin/tsx');
const CLI = join(__dirname, '../../../scripts/annotate.ts');

function run(
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(TSX, [CLI, ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe('npm run annotate', () => {
  it('reports the seed page: article metadata, actors with counts, claims', async () => {
    const { code, stdout } = await run([SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('Title:     North Korea and Russia join hands');
    expect(stdout).toContain('Byline:    Staff Reporter');
    expect(stdout).toMatch(/Vladimir Putin \(person\).*: \d+ ×/);
    expect(stdout).toMatch(/Claims \(\d+\)/);
  }, 60_000);

  it('prints the result object with --json, offsets into article.text', async () => {
    const { stdout } = await run(['--json', SEED]);
    const result = JSON.parse(stdout);
    expect(result.article.isArticle).toBe(true);
    expect(result.article.text.startsWith('President Vladimir V. Putin of Russia')).toBe(true);
    for (const actor of result.actors) {
      for (const m of actor.mentions)
        expect(result.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  }, 60_000);

  it('answers every JSON line in order, with an error line for each bad one', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Angela Merkel said on Monday that Germany would help.' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({
        id: 'c',
        html: '<html><body><p>Hello</p></body></html>',
        url: 'https://example.org/',
      }),
      JSON.stringify([1, 2]),
    ];
    const { stdout } = await run(['--jsonl'], lines.join('\n') + '\n');
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: 'a' });
    expect(out[0].actors.some((a: { name: string }) => a.name === 'Angela Merkel')).toBe(true);
    expect(out[1]).toMatchObject({ id: null, error: 'malformed JSON line' });
    expect(out[2]).toMatchObject({ id: 'b', error: expect.any(String) });
    expect(out[3]).toMatchObject({
      id: 'c',
      article: { isArticle: false },
      actors: [],
      claims: [],
    });
    expect(out[4]).toHaveProperty('error');
  }, 60_000);

  it('says what is wrong with a missing or non-HTML file and still does the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'margin-cli-'));
    const notHtml = join(dir, 'notes.txt');
    await writeFile(notHtml, 'just some words, no markup at all');
    const { code, stdout, stderr } = await run([join(dir, 'missing.html'), notHtml, SEED]);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.html: no such file');
    expect(stderr).toContain('notes.txt: not an HTML file');
    expect(stdout).toContain('Title:     North Korea and Russia join hands');
  }, 60_000);
});
