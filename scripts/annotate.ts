/**
 * `npm run --silent annotate -- [--json] [--jsonl] [FILE ...]`: what Margin finds in saved
 * pages or in JSON lines of text, with the same code the extension runs. Public contract:
 * extend it compatibly, never break it.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { annotateHtml, annotateText, type AnnotateResult } from './lib/annotate-core';
import { formatReport } from './lib/annotate-report';

const USAGE = 'usage: npm run --silent annotate -- [--json] [--jsonl] [FILE.html ...]';

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--json', '--jsonl', '--help'].includes(f));
  if (flags.has('--help') || unknown.length > 0 || (!flags.has('--jsonl') && files.length === 0)) {
    process.stderr.write(
      `${unknown.length ? `annotate: unknown option ${unknown[0]}\n` : ''}${USAGE}\n`,
    );
    return flags.has('--help') ? 0 : 2;
  }
  let failures = 0;
  for (const file of files) {
    try {
      const result = await annotateHtml(await readPage(file), undefined);
      process.stdout.write(
        flags.has('--json')
          ? `${JSON.stringify(result, null, 2)}\n`
          : `${formatReport(result, file)}\n\n`,
      );
    } catch (error) {
      failures++;
      process.stderr.write(
        `annotate: ${file}: ${error instanceof Error ? error.message : error}\n`,
      );
    }
  }
  if (flags.has('--jsonl')) failures += await streamJsonLines();
  return failures > 0 ? 1 : 0;
}

/** Reads a page from disk, refusing what is plainly not HTML. */
async function readPage(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    throw new Error(reason, { cause: error });
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) throw new Error('not an HTML file (binary content)');
  const text = bytes.toString('utf8');
  if (
    !/<(!doctype\s+html|html|head|body|p|div|article|main|title)[\s>]/i.test(text.slice(0, 65536))
  ) {
    throw new Error('not an HTML file (no HTML markup found)');
  }
  return text;
}

/** One JSON line in, one JSON line out, in order; a bad line gets an error line and we go on. */
async function streamJsonLines(): Promise<number> {
  let failures = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const out = await annotateLine(line);
    if ('error' in out) failures++;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failures;
}

async function annotateLine(
  line: string,
): Promise<AnnotateResult | { id: unknown; error: string }> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, error: 'malformed JSON line' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, error: 'expected a JSON object with "id" and "text" or "html"' };
  }
  const { id, text, html, url } = input as Record<string, unknown>;
  if (typeof id !== 'string') return { id: id ?? null, error: '"id" must be a string' };
  try {
    if (typeof text === 'string') return annotateText(text, id);
    if (typeof html === 'string') {
      if (url !== undefined && typeof url !== 'string')
        return { id, error: '"url" must be a string' };
      return await annotateHtml(html, url, id);
    }
    return { id, error: 'expected a "text" or "html" string' };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`annotate: ${error instanceof Error ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
