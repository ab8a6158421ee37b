/**
 * The dev server serves a page that comes in pieces (`Artifact.parts`, as the page and the deck
 * do) without joining them: the response must be byte for byte what the joined text would give,
 * with the reload client (and overlay) before the last `</body>`, wherever that falls.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { textArtifact, type Artifact } from '../scripts/manuscript/types.ts';
import { createEventHub } from '../scripts/dev/event-hub.ts';
import { injectClient } from '../scripts/dev/reload-client.ts';
import { createDevServer, type DevState } from '../scripts/dev/server.ts';

const servers: Array<ReturnType<typeof createDevServer>> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function serve(state: DevState): Promise<string> {
  const server = createDevServer(() => state, createEventHub());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('dev server, a page in pieces', () => {
  const cases: Array<[string, string[]]> = [
    ['`</body>` in a middle piece, a chapter after it holding none', ['<!doctype html>\n<html><body><main>', '<section>Джунгары – 1715</section>', '</main></body></html>', '\n']],
    ['two `</body>`, the last in the last piece', ['<html><body>', '<p>a</p></body>', '<!-- x --></body>\n']],
    ['no `</body>` at all', ['<p>one</p>', '<p>two 😀</p>']],
  ];
  for (const [name, parts] of cases) {
    it(`sends what the joined text gives: ${name}`, async () => {
      for (const overlay of ['', '<div id="overlay">error</div>']) {
        const artifact = textArtifact('book.html', parts);
        const plain: Artifact = { path: 'plain.html', data: parts.join('') };
        const url = await serve({ artifacts: new Map([[artifact.path, artifact], [plain.path, plain]]), overlay });
        const [fromParts, fromPlain] = await Promise.all(['book.html', 'plain.html'].map(async (path) => Buffer.from(await (await fetch(url + path)).arrayBuffer())));
        expect(fromParts!.equals(Buffer.from(injectClient(parts.join(''), overlay)))).toBe(true);
        expect(fromParts!.equals(fromPlain!)).toBe(true);
      }
    });
  }

  it('joins the pieces only when `data` is read, once', () => {
    const parts = ['a', 'b'];
    const artifact = textArtifact('x.html', parts);
    expect(artifact.parts).toBe(parts);
    expect(artifact.data).toBe('ab');
    expect(artifact.data).toBe(artifact.data);
  });
});
