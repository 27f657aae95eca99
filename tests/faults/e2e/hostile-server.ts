/**
 * Serves the hostile pages with their headers on 127.0.0.1 (and a second server on
 * `localhost`, another origin, for the cross-origin iframe) and logs every request it gets:
 * a request the page itself did not make would be Margin's.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running page server. */
export interface PageServer {
  origin: string;
  /** Every request received, as "METHOD path". */
  log: string[];
  close(): Promise<void>;
}

/** Serves `pages` (path -> page) from `host`. */
export async function servePages(
  pages: Map<string, { html: string; headers?: Record<string, string> }>,
  host: '127.0.0.1' | 'localhost',
): Promise<PageServer> {
  const log: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push(`${req.method} ${path}`);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const found = pages.get(path);
    if (!found) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...found.headers,
    });
    res.end(found.html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
