/**
 * Real pages for the page benchmark: WCXB dev articles and non-articles (by their labelled
 * page type), served on 127.0.0.1 with every external `src`/`href` neutralised and the pages'
 * own scripts removed (JSON-LD kept), so nothing loads from the network and nothing the page
 * runs is mistaken for Margin's work.
 */
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { join } from 'node:path';
import { dataPath } from './data-path';

/** One page to load. */
export interface BenchPage {
  name: string;
  html: string;
  article: boolean;
}

/** Removes scripts (not JSON-LD) and points external resources nowhere. */
export function neutralise(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(
      /\s(src|srcset|href|poster|action|data-src)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
      (m, attr, value) =>
        /^["']?\s*(https?:)?\/\//i.test(value)
          ? ` data-neutralised-${attr.toLowerCase()}=${value}`
          : m,
    )
    .replace(/<meta[^>]+http-equiv[^>]*>/gi, '');
}

/** The first `articles` article pages and `others` non-article pages of WCXB dev, by id. */
export function wcxbPages(articles: number, others: number): BenchPage[] {
  const root = dataPath('wcxb', 'dev');
  const out: BenchPage[] = [];
  let a = 0;
  let o = 0;
  for (const file of readdirSync(join(root, 'ground-truth')).sort()) {
    if (a >= articles && o >= others) break;
    const truth = JSON.parse(readFileSync(join(root, 'ground-truth', file), 'utf8'));
    const isArticle = truth?._internal?.page_type?.primary === 'article';
    if (isArticle ? a >= articles : o >= others) continue;
    const id = file.replace(/\.json$/, '');
    const html = gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))).toString('utf8');
    out.push({ name: `wcxb/${id}`, html: neutralise(html), article: isArticle });
    if (isArticle) a++;
    else o++;
  }
  return out;
}

/** Serves `pages` at `/<index>.html` on 127.0.0.1; returns the origin and a closer. */
export async function servePages(pages: BenchPage[]) {
  const server = createServer((req, res) => {
    const index = Number(/^\/(\d+)\.html$/.exec(req.url ?? '')?.[1]);
    const page = pages[index];
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (i: number) => `${origin}/${i}.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Loads the first served page once and waits, so the background has loaded its model before
 * any timed page: a benchmark measures reading, not the extension's start-up.
 */
export async function warmUp(browser: Browser, server: { url(n: number): string }): Promise<void> {
  const warm = await browser.newPage();
  await warm.goto(server.url(0));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await warm.close();
}
