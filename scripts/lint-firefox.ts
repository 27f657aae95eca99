/**
 * `web-ext lint` on the Firefox build, failing on any error and on any warning that comes from
 * Margin's own code. The one accepted warning is Preact's `innerHTML` assignment, its support
 * for `dangerouslySetInnerHTML`, which Margin never uses (checked here in the sources).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const report = JSON.parse(out.slice(out.indexOf('{'))) as {
  errors: Array<{ code: string; file?: string; message: string }>;
  warnings: Array<{ code: string; file?: string; message: string }>;
};

const files = (root: string): string[] =>
  readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const marginUsesHtml = ['entrypoints', 'components', 'utils']
  .flatMap(files)
  .filter((f) =>
    /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')),
  );

const isPreactInnerHtml = (w: { code: string; file?: string }) =>
  w.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  marginUsesHtml.length === 0 &&
  w.file !== undefined &&
  readFileSync(join(dir, w.file), 'utf8').includes('dangerouslySetInnerHTML');

const problems = [...report.errors, ...report.warnings.filter((w) => !isPreactInnerHtml(w))];
for (const p of problems) console.error(`web-ext lint: ${p.code} ${p.file ?? ''}: ${p.message}`);
for (const f of marginUsesHtml) console.error(`web-ext lint: ${f} writes HTML`);
if (problems.length > 0 || marginUsesHtml.length > 0) process.exit(1);
console.log(
  `web-ext lint: ${dir} ok (${report.errors.length} errors, ${report.warnings.length} warnings, all Preact's innerHTML)`,
);
