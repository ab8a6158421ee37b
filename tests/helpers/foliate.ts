/**
 * A reading system for the tests: foliate-js (npm) served with one book from a local server, since
 * its modules and the book must come from one origin. `readerPage` is the HTML page that opens the
 * book; it loads `/foliate/view.js` and the book from `/book.epub`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { projectRoot } from '../../scripts/resources.ts';

export interface FoliateServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveFoliate(book: Uint8Array, readerPage: string): Promise<FoliateServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const respond = (body: Uint8Array | string, type: string) => response.writeHead(200, { 'content-type': type }).end(body);
    if (url.pathname === '/') return respond(readerPage, 'text/html');
    if (url.pathname === '/book.epub') return respond(book, 'application/epub+zip');
    const path = normalize(url.pathname.replace(/^\/foliate\//, ''));
    if (url.pathname.startsWith('/foliate/') && !path.startsWith('..')) {
      try {
        return respond(readFileSync(join(projectRoot, 'node_modules/foliate-js', path)), 'text/javascript');
      } catch {
        /* fall through to 404 */
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
