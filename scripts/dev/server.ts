/**
 * The dev HTTP server (node:http, no framework). It serves what the last good build produced,
 * from memory: nothing is read from disk by URL, so no path can escape the outputs. HTML gets the
 * reload client and, while the manuscript has errors, the overlay. `/` lists the outputs.
 */
import { createServer, type Server } from 'node:http';
import type { Artifact } from '../manuscript/types.ts';
import type { EventHub } from './event-hub.ts';
import { eventsPath, injectClient } from './reload-client.ts';
import { escape } from './overlay.ts';

export interface DevState {
  /** The last good build's files, by path (`slug.html`, `slug-deck/index.html`, …). */
  artifacts: Map<string, Artifact>;
  /** The overlay to show (empty when the manuscript is clean). */
  overlay: string;
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  woff2: 'font/woff2',
  woff: 'font/woff',
  json: 'application/json',
};

export function createDevServer(state: () => DevState, hub: EventHub): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === eventsPath) {
      hub.attach(response);
      return;
    }
    const { artifacts, overlay } = state();
    const key = path === '/' ? '' : path.slice(1).replace(/\/$/, '/index.html');
    const artifact = artifacts.get(key);
    if (key === '' || (!artifact && artifacts.size === 0)) {
      send(response, 'html', injectClient(indexPage([...artifacts.keys()]), overlay));
      return;
    }
    if (!artifact) {
      const directory = artifacts.has(`${key}/index.html`);
      response.writeHead(directory ? 301 : 404, directory ? { location: `${path}/` } : { 'content-type': 'text/plain' }).end(directory ? '' : 'Not found\n');
      return;
    }
    const extension = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    const pieces = artifact.parts ?? [artifact.data];
    send(response, extension, extension === 'html' ? withClient(pieces, overlay) : pieces);
  });
}

/**
 * The reload client (and overlay) put before the last `</body>`, in the last piece that holds one
 * (or after everything): the pieces of a large page are sent as they are, never joined.
 */
function withClient(pieces: ReadonlyArray<string | Uint8Array>, overlay: string): Array<string | Uint8Array> {
  const out = [...pieces];
  const at = out.findLastIndex((piece) => typeof piece === 'string' && piece.includes('</body>'));
  if (at === -1) out.push(injectClient('', overlay));
  else out[at] = injectClient(out[at] as string, overlay);
  return out;
}

function send(response: import('node:http').ServerResponse, extension: string, pieces: string | ReadonlyArray<string | Uint8Array>): void {
  response.writeHead(200, { 'content-type': types[extension] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  if (typeof pieces === 'string') {
    response.end(pieces);
    return;
  }
  for (const piece of pieces) if (piece.length > 0) response.write(piece);
  response.end();
}

/** Links to the page and the deck (the EPUB is not served: an e-reader is not a browser). */
function indexPage(paths: string[]): string {
  const links = paths
    .filter((p) => p.endsWith('.html') && (!p.includes('/') || p.endsWith('-deck/index.html')))
    .map((p) => `<li><a href="/${escape(p.replace(/index\.html$/, ''))}">${escape(p.endsWith('index.html') ? 'the lecture deck' : 'the page')}</a> <code>${escape(p)}</code></li>`)
    .join('');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Triptych dev</title></head><body><h1>Triptych dev</h1><ul>${links || '<li>No good build yet.</li>'}</ul></body></html>\n`;
}
