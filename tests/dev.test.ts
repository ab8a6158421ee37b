/**
 * `triptych dev`, driven from outside as a browser would: a real process on a free loopback port,
 * a real SSE connection, real edits to a temporary copy of a fixture.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEvents, startDevProcess, type DevProcess, type EventStream } from '../bench/dev-process.ts';
import { projectRoot } from '../scripts/resources.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';
import { launch, outputDir } from './helpers/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'triptych-dev-'));
const manuscript = join(work, 'manuscript');
const edit = (path: string, change: (text: string) => string) => {
  const file = join(manuscript, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};
const page = async (server: DevProcess, path: string) => {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, body: await response.text() };
};

describe('triptych dev', () => {
  let server: DevProcess;
  let events: EventStream;

  beforeAll(async () => {
    cpSync(fixture('dev-book'), manuscript, { recursive: true });
    // The installed entry point, as a user runs it (the bundle when current, else tsx).
    server = await startDevProcess(process.execPath, [join(projectRoot, 'bin/triptych.js'), 'dev', manuscript, '--port', '0'], { cwd: work });
    events = await connectEvents(server.url);
  }, 90_000);

  afterAll(async () => {
    events?.close();
    if (!server) return;
    // The process ends cleanly on SIGTERM: exit code 0, not killed.
    expect(await server.stop()).toBe(0);
  });

  it('listens on 127.0.0.1 only and serves the page and the deck with the reload client', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const html = await page(server, '/a-book-to-edit.html');
    expect(html.status).toBe(200);
    expect(html.body).toContain('The prose of the first chapter.');
    expect(html.body).toContain('new EventSource("/__triptych/events")');
    const deck = await page(server, '/a-book-to-edit-deck/');
    expect(deck.status).toBe(200);
    expect(deck.body).toContain('a point on the second slide');
    expect(deck.body).toContain('new EventSource');
  });

  it('sends `reload` after a chapter is edited, having re-parsed and re-checked that chapter only', async () => {
    events.drain();
    edit('chapters/two.md', (text) => text.replace('before any edit', 'after the first edit'));
    await events.next('reload');
    expect((await page(server, '/a-book-to-edit.html')).body).toContain('after the first edit');
    expect(server.log()).toMatch(/changed chapters\/two\.md: rebuilt in \d+ ms, 1 file parsed, 1 chapter checked/);
  }, 30_000);

  it('shows a broken front matter as an overlay on the last good page and as an SSE `diagnostics` event', async () => {
    events.drain();
    edit('book.md', (text) => text.replace('title: A book to edit', 'titel: A book to edit'));
    const event = await events.next('diagnostics');
    expect(event.data).toContain('front-matter-missing');
    const html = await page(server, '/a-book-to-edit.html');
    expect(html.body).toContain('id="triptych-overlay"');
    expect(html.body).toContain('Missing required book field `title`');
    expect(html.body).toContain('after the first edit');
    expect(server.log()).toMatch(/book\.md:\d+:\d+: error: Missing required book field `title`.*\[front-matter-missing\]/);
  }, 30_000);

  it('recovers when the error is fixed: `reload`, and the page without the overlay', async () => {
    events.drain();
    edit('book.md', (text) => text.replace('titel: A book to edit', 'title: A book to edit'));
    await events.next('reload');
    const html = await page(server, '/a-book-to-edit.html');
    expect(html.body).not.toContain('id="triptych-overlay"');
    expect(html.body).toContain('after the first edit');
  }, 30_000);

  it('in Chromium, draws the overlay on a manuscript error and takes it away by reloading once fixed', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(new URL('/a-book-to-edit.html', server.url).href);
      await page.waitForFunction(() => document.body.textContent?.includes('after the first edit'));
      events.drain();
      edit('chapters/one.md', (text) => text.replace('title: One', 'title: [One'));
      await page.waitForSelector('#triptych-overlay', { timeout: 20_000 });
      expect(await page.textContent('#triptych-overlay')).toMatch(/chapters\/one\.md:\d+:\d+: error: .*\[yaml-syntax\]/);
      mkdirSync(outputDir, { recursive: true });
      await page.screenshot({ path: join(outputDir, 'dev-overlay.png') });
      edit('chapters/one.md', (text) => text.replace('title: [One', 'title: One, fixed'));
      await page.waitForFunction(() => !document.getElementById('triptych-overlay') && document.body.textContent?.includes('One, fixed'), undefined, { timeout: 20_000 });
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('never puts the reload client or the overlay into what `triptych build` writes', () => {
    const out = join(work, 'dist');
    expect(runCli(['build', manuscript, '--out', out]).status).toBe(0);
    for (const [path, bytes] of readTree(out)) {
      if (!path.endsWith('.html') || path.includes('/reveal/')) continue;
      expect(bytes.toString('utf8'), path).not.toMatch(/EventSource|triptych-overlay|__triptych/);
    }
  }, 60_000);
});
