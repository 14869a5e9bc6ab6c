// Serves the fixture pages on 127.0.0.1 so the content script (matched to local pages
// in test builds) runs on them. A page that needs response headers of its own (a strict
// Content-Security-Policy) has them in `<file>.headers.json` beside it.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.json': 'application/json',
};

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on `host` (any 127.x.y.z address is this computer). */
export async function serveFixtures(root = FIXTURE_PAGES, port = 0, host = '127.0.0.1'): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const own = await readFile(`${file}.headers.json`, 'utf8').then(
        (text) => JSON.parse(text) as Record<string, string>,
        () => ({}),
      );
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, ...own }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${bound}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
