/**
 * The fixture server of the reading suite: the fixture files, Preact's UMD build from
 * node_modules (so a page can be rendered by a real virtual-DOM library without vendoring
 * it), and pages held in memory that a test can edit between reloads, on 127.0.0.1.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FixtureServer } from './server';

const PREACT = fileURLToPath(
  new URL('../../node_modules/preact/dist/preact.min.umd.js', import.meta.url),
);

/** A fixture server whose `/live/*` pages can be replaced at any time. */
export interface ReadingServer extends FixtureServer {
  setPage(name: string, html: string): void;
}

/** Serves `root` plus `/vendor/preact.min.umd.js` and the `/live/` pages. */
export async function startReadingServer(root: string): Promise<ReadingServer> {
  const live = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (live.has(path)) return send('text/html; charset=utf-8', live.get(path)!);
    const file = path === '/vendor/preact.min.umd.js' ? PREACT : normalize(join(root, path));
    if (file !== PREACT && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => send(file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (name) => `${origin}/${name}`,
    setPage: (name, html) => void live.set(`/${name}`, html),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
