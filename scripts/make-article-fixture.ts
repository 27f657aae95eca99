/**
 * Copies one WCXB dev page into tests/fixtures/pages/<name>/ as source.html with every external
 * src/href neutralised (so a test never loads anything), plus an expected.json drafted from
 * the WCXB ground truth for a person to review. Usage:
 *   npx tsx scripts/make-article-fixture.ts <wcxb-id> <name>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/data-path';
import { loadWcxbDev, readWcxbHtml } from './lib/wcxb';

const EXTERNAL_ATTR =
  /\s(href|action|data-href)\s*=\s*("(?:https?:)?\/\/[^"]*"|'(?:https?:)?\/\/[^']*')/gi;
// Anything that loads, relative or not, would reach the page's own host.
const LOADING_ATTR =
  /\s(src|srcset|data-src|data-srcset|data-lazy-src|poster)\s*=\s*("[^"]*"|'[^']*')/gi;

/** The page with external URLs in loading attributes replaced and remote scripts removed. */
export function neutralise(html: string): string {
  return html
    .replace(/<script\b[^>]*\bsrc\s*=[^>]*>\s*<\/script\s*>/gi, '')
    .replace(
      /<link\b[^>]*rel\s*=\s*["']?(?:stylesheet|preload|prefetch|preconnect|dns-prefetch|modulepreload|icon)[^>]*>/gi,
      '',
    )
    .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '')
    .replace(EXTERNAL_ATTR, (_m, attr: string) => ` ${attr}="#"`)
    .replace(LOADING_ATTR, (_m, attr: string) => ` ${attr}="#"`)
    .replace(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/gi, 'none');
}

function firstLine(text: string, end: boolean): string {
  const blocks = text
    .split(/\n\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const b = (end ? blocks[blocks.length - 1] : blocks[0]) ?? '';
  const words = b.split(/\s+/);
  return end ? words.slice(-6).join(' ') : words.slice(0, 6).join(' ');
}

function main(): void {
  const [id, name] = process.argv.slice(2);
  if (!id || !name) throw new Error('usage: make-article-fixture <wcxb-id> <name>');
  const page = loadWcxbDev().find((p) => p.id === id);
  if (!page) throw new Error(`no WCXB dev page ${id}`);
  const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'pages', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), neutralise(readWcxbHtml(page)));
  const isArticle = page.type === 'article';
  const expected = {
    source: `WCXB dev ${id} (CC-BY-4.0), ${page.url}`,
    url: page.url,
    pageType: page.type,
    isArticle,
    ...(isArticle && page.mainContent
      ? {
          bodyStartsWith: firstLine(page.mainContent, false),
          bodyEndsWith: firstLine(page.mainContent, true),
        }
      : {}),
  };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  console.log(`wrote ${dir}`);
}

main();
