/**
 * esbuild bundles of a module source, as the extension would ship it: gzipped size, and cold
 * first-call timing of the bundle in a fresh Node process (no tsx, no source transforms).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

async function bundle(source: string, cwd: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: source, resolveDir: cwd, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

/** Bundles a module source (imports resolved from `cwd`) and returns raw and gzipped bytes. */
export async function bundleSize(
  source: string,
  cwd: string,
): Promise<{ raw: number; gzip: number }> {
  const code = await bundle(source, cwd);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * Median over `runs` fresh processes of: loading the bundle, and its first `run(sample)` call
 * in wall time and in CPU time (the machine is shared, so wall time includes waiting).
 * The source must export `run(text: string): unknown`.
 */
export async function coldStart(
  source: string,
  cwd: string,
  sample: string,
  runs = 3,
): Promise<{ loadMs: number; firstCallMs: number; firstCallCpuMs: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'margin-cold-')), 'bundle.mjs');
  writeFileSync(file, await bundle(source, cwd));
  const probe = `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const t0 = performance.now();
    const m = await import(${JSON.stringify(pathToFileURL(file).href)});
    const t1 = performance.now();
    const c1 = cpu();
    m.run(${JSON.stringify(sample)});
    const t2 = performance.now();
    console.log(JSON.stringify({ loadMs: t1 - t0, firstCallMs: t2 - t1, firstCallCpuMs: cpu() - c1 }));`;
  const results = Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
    });
    return JSON.parse(out.trim()) as {
      loadMs: number;
      firstCallMs: number;
      firstCallCpuMs: number;
    };
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    loadMs: median(results.map((r) => r.loadMs)),
    firstCallMs: median(results.map((r) => r.firstCallMs)),
    firstCallCpuMs: median(results.map((r) => r.firstCallCpuMs)),
  };
}
