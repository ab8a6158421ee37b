/**
 * Real reading software opens the EPUB: every content document passes axe-core in Chromium, and
 * foliate-js (the engine of the Foliate reader) loads the book, lists its table of contents and
 * shows chapter 1 with its heading on screen.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { axe, launch, openFile, output } from './helpers/browser.ts';
import { fixture } from './helpers/cli.ts';
import { buildEpub, unpack, type BuiltEpub } from './helpers/epub.ts';
import { serveFoliate, type FoliateServer } from './helpers/foliate.ts';

let browser: Browser;
let book: BuiltEpub;

beforeAll(async () => {
  browser = await launch();
  book = buildEpub(fixture('epub-book'));
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core violations, network requests and console errors of every XHTML document in the manifest. */
async function auditContentDocuments(epub: BuiltEpub): Promise<Record<string, string[]>> {
  const dir = unpack(epub);
  const opf = epub.text('OEBPS/content.opf');
  const documents = [...opf.matchAll(/href="([^"]+)" media-type="application\/xhtml\+xml"/g)].map((match) => match[1]!);
  const found: Record<string, string[]> = {};
  for (const document of documents) {
    const { page, context, requests, errors } = await openFile(browser, join(dir, 'OEBPS', document));
    // The document's own errors, taken before axe runs: axe's style sheet probe logs CORS errors on file: URLs.
    const loadErrors = [...errors];
    const violations = await axe(page);
    found[document] = [
      ...violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`),
      ...requests.map((r) => `network: ${r}`),
      ...loadErrors.map((e) => `console: ${e}`),
    ];
    await context.close();
  }
  return found;
}

describe('EPUB in Chromium', () => {
  it('has 0 axe-core violations (WCAG 2.1 A/AA and best practices) in every content document of the fixture', async () => {
    const found = await auditContentDocuments(book);
    expect(Object.keys(found)).toEqual(['cover.xhtml', 'titlepage.xhtml', 'copyright.xhtml', 'nav.xhtml', 'ch01.xhtml', 'ch02.xhtml', 'ch03.xhtml', 'bibliography.xhtml']);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((document) => [document, []])));
  }, 300_000);

  it('has 0 axe-core violations in every content document of the flagship manuscript', async () => {
    const found = await auditContentDocuments(buildEpub(join(projectRoot, 'manuscript')));
    expect(Object.keys(found).length).toBeGreaterThan(3);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((document) => [document, []])));
  }, 600_000);
});

describe('EPUB in foliate-js', () => {
  let server: FoliateServer;
  let origin: string;
  beforeAll(async () => {
    server = await serveFoliate(book.bytes, readerPage);
    origin = server.origin;
  });
  afterAll(() => server.close());

  it('opens the book, lists its table of contents and shows chapter 1 with its first heading on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:') || url.startsWith('about:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'result' in window, undefined, { timeout: 30_000 });
    const result = await page.evaluate(() => (window as unknown as { result: { toc?: Array<{ label: string; children: string[] }>; section?: number; failure?: string } }).result);
    expect(result.failure).toBeUndefined();
    expect(result.toc).toEqual([
      { label: 'The line of forts', children: ['An expedition up the river', 'Building at Lake Yamysh'] },
      { label: 'The raid', children: ['The siege', 'Omsk'] },
      { label: 'A note on the sources', children: ['The Russian archive'] },
      { label: 'Bibliography', children: [] },
    ]);
    // Section 4 of the spine (cover, title page, copyright page, nav, ch01…): the bodymatter landmark.
    expect(result.section).toBe(4);
    // foliate-js shows each section in an iframe loaded from a blob: URL.
    const firstHeadings = () =>
      Promise.all(page.frames().map(async (frame) => ({ frame, title: await frame.evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null) })));
    await expect.poll(async () => (await firstHeadings()).map(({ title }) => title), { timeout: 10_000 }).toContain('The line of forts');
    const chapter = (await firstHeadings()).find(({ title }) => title === 'The line of forts');
    const heading = chapter!.frame.locator('h1').first();
    const box = await heading.boundingBox();
    expect(box).not.toBeNull();
    // On screen: inside the page's viewport, not on a column scrolled away.
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(900);
    expect(box!.y + box!.height).toBeLessThanOrEqual(1200);
    await page.screenshot({ path: output('epub-foliate-ch01.png') });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});

/** A minimal reader: foliate-js's <foliate-view>, opened at the start of the text (the bodymatter landmark). */
const readerPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>foliate-js</title>
<style>html, body { margin: 0; height: 100%; } foliate-view { display: block; width: 100%; height: 100%; }</style></head>
<body><script type="module">
import '/foliate/view.js';
const view = document.createElement('foliate-view');
document.body.append(view);
try {
  await view.open('/book.epub');
  const toc = (view.book.toc ?? []).map((item) => ({ label: item.label.trim(), children: (item.subitems ?? []).map((sub) => sub.label.trim()) }));
  let section;
  view.addEventListener('relocate', (event) => { section = event.detail.section?.current; });
  await view.init({ showTextStart: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  window.result = { toc, section };
} catch (error) {
  window.result = { failure: String(error && error.stack || error) };
}
</script></body></html>`;
