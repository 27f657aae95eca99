/**
 * The offline part of the Chrome Web Store's upload checks, on the built extension
 * (`.output/chrome-mv3`, or the directory given): a valid MV3 manifest, name and description
 * lengths, version format, icons 16/32/48/128 present as PNGs of their stated size, every file
 * the manifest names present, no remote code (script sources, eval-like CSP), and package size.
 * Exits 1 with one line per problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/chrome-mv3';
const problems: string[] = [];
const fail = (message: string) => problems.push(message);

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
if (manifest.manifest_version !== 3) fail('manifest_version must be 3');
if (typeof manifest.name !== 'string' || manifest.name.length > 75) fail('name: 1-75 characters');
if (typeof manifest.description !== 'string' || manifest.description.length > 132) {
  fail('description: at most 132 characters');
}
if (!/^\d+(\.\d+){0,3}$/.test(manifest.version ?? '')) fail('version: 1-4 dot-separated integers');

function pngSize(file: string): [number, number] | null {
  const data = readFileSync(file);
  if (data.subarray(1, 4).toString('ascii') !== 'PNG') return null;
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}
for (const size of ['16', '32', '48', '128']) {
  const path = manifest.icons?.[size];
  if (!path) fail(`icons.${size} missing`);
  else if (!existsSync(join(dir, path))) fail(`icons.${size}: ${path} not in the package`);
  else {
    const got = pngSize(join(dir, path));
    if (!got || got[0] !== Number(size) || got[1] !== Number(size)) {
      fail(`icons.${size}: ${path} is not a ${size}x${size} PNG`);
    }
  }
}

const named = [
  manifest.action?.default_popup,
  manifest.options_ui?.page,
  manifest.side_panel?.default_path,
  manifest.background?.service_worker,
  ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[]; css?: string[] }) => [
    ...(c.js ?? []),
    ...(c.css ?? []),
  ]),
].filter(Boolean) as string[];
for (const file of named) if (!existsSync(join(dir, file))) fail(`${file} named but missing`);

const csp = JSON.stringify(manifest.content_security_policy ?? '');
if (/unsafe-eval|https?:/.test(csp)) fail(`content_security_policy allows eval or remote code`);

const files = (root: string): string[] =>
  readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
let bytes = 0;
for (const file of files(dir)) {
  bytes += statSync(file).size;
  if (file.endsWith('.html')) {
    const html = readFileSync(file, 'utf8');
    if (/<script[^>]+src=["']?(https?:)?\/\//i.test(html)) fail(`${file}: remote script`);
  }
}
// The store's limit is 2 GB; anything near 10 MB here would be a mistake worth a look.
if (bytes > 10 * 1024 * 1024) fail(`package is ${(bytes / 1048576).toFixed(1)} MB`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`store check: ${problem}`);
  process.exit(1);
}
console.log(`store check: ${dir} ok (${(bytes / 1048576).toFixed(2)} MB)`);
