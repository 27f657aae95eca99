/** Gzipped size of a minified esbuild bundle: what an entry point costs the extension. */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** Bundles a module source (its imports resolved from `cwd`) and returns raw and gzipped bytes. */
export async function bundleSize(
  source: string,
  cwd: string,
): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: cwd, loader: 'ts' },
    absWorkingDir: cwd,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
