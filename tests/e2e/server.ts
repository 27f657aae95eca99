/**
 * A static server for the E2E fixture pages, bound to 127.0.0.1 on a port the OS picks, so
 * parallel runs and other engineers' servers never collide and nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** A running fixture server. */
export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Absolute URL of a fixture file, e.g. `url('seed-article.html')`. */
  url(name: string): string;
  close(): Promise<void>;
}

/** Serves the files of `root` read-only on 127.0.0.1 and an ephemeral port. */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Browsers ask for a favicon on their own; a 404 would put an error in the page console.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (name) => `${origin}/${name}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
