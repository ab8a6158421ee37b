/**
 * The standalone page, opened from file:// in real Chromium: one file that needs nothing from the
 * network, passes axe-core in light and dark mode, whose every internal link lands, and that reads
 * well on a phone, a desktop and paper.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/pipeline/index.ts';
import { axe, launch, openFile, output } from './helpers/browser.ts';
import { fixture } from './helpers/cli.ts';

let browser: Browser;
let pagePath: string;
let html: string;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-page-')), 'dist');
  const result = await build({ dir: fixture('page-book'), out, formats: ['html'] });
  expect(result.files.flatMap((file) => file.messages.map(String))).toEqual([]);
  pagePath = join(out, 'page-book.html');
  html = readFileSync(pagePath, 'utf8');
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(viewport = { width: 1280, height: 800 }) {
  return openFile(browser, pagePath, viewport);
}

describe('the standalone page', () => {
  it('is one file: styles inline, images as data: URIs, and it requests nothing over the network', async () => {
    const { page, context, requests, errors } = await open();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(html).not.toMatch(/<link\b|<script\b(?![^>]*application\/ld\+json)/);
    const sources = await page.$$eval('img', (images) => images.map((img) => img.getAttribute('src') ?? ''));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^data:image\/png;base64,/);
    expect(await page.$$eval('img', (images) => images.every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (WCAG 2.1 A/AA and best practices) in ${colorScheme} mode`, async () => {
      const { page, context } = await open();
      await page.emulateMedia({ colorScheme });
      const violations = await axe(page);
      expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  it('switches its colours with prefers-color-scheme', async () => {
    const { page, context } = await open();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await context.close();
  });

  it('has unique ids, and every href="#…" lands on one of them', async () => {
    const { page, context } = await open();
    const { ids, targets } = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      targets: [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))),
    }));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
    await context.close();
  });

  it('links every citation to its bibliography entry, and every entry back to each citation', async () => {
    const { page, context } = await open();
    const citations = await page.$$eval('main section.chapter a[href^="#ref-"]', (links) =>
      links.map((a) => ({ id: a.id, target: a.getAttribute('href')!.slice(1) })),
    );
    expect(citations.length).toBeGreaterThanOrEqual(4);
    for (const { id, target } of citations) {
      expect(id).not.toBe('');
      const back = await page.$$eval(`#${target} a`, (links) => links.map((a) => a.getAttribute('href')));
      expect(back, `${target} links back to ${id}`).toContain(`#${id}`);
    }
    // Following the links in the browser: the entry, then back to the citation.
    const first = citations[0]!;
    await page.click(`#${first.id}`);
    expect(await page.evaluate(() => location.hash)).toBe(`#${first.target}`);
    await page.click(`#${first.target} a[href="#${first.id}"]`);
    expect(await page.evaluate(() => location.hash)).toBe(`#${first.id}`);
    await context.close();
  });

  it('gives footnotes back-links and names each chapter’s notes heading uniquely', async () => {
    const { page, context } = await open();
    const notes = await page.$$eval('[data-footnote-ref]', (refs) =>
      refs.map((a) => ({ id: a.id, href: a.getAttribute('href')!, describedBy: a.getAttribute('aria-describedby')! })),
    );
    expect(notes).toHaveLength(4);
    for (const note of notes) {
      expect(await page.$$eval(`${note.href} [data-footnote-backref]`, (links) => links.map((a) => a.getAttribute('href')))).toContain(`#${note.id}`);
      expect(await page.locator(`#${note.describedBy}`).textContent()).toBe('Notes');
    }
    expect(new Set(notes.map((note) => note.describedBy)).size).toBe(2);
    await context.close();
  });

  it('describes itself: lang, title, description, and Schema.org JSON-LD with authors, date, licence and citations', async () => {
    const { page, context } = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Forts on the Irtysh: A two-chapter test book for the standalone page');
    expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/^A small book/);
    const data = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Book',
      name: 'Forts on the Irtysh',
      author: [{ '@type': 'Person', name: 'Ada Author' }, { '@type': 'Person', name: 'Boris Borisov' }],
      datePublished: '2026-11-25',
      inLanguage: 'en',
      license: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
    expect((data['citation'] as Array<{ name: string }>).map((work) => work.name)).toEqual(['Russia, Mongolia, China', 'Istoriia Dzhungarskogo khanstva']);
    await context.close();
  });

  it('has a header from the front matter, chapter sections with stable ids, the glance block and a bibliography', async () => {
    const { page, context } = await open();
    expect(await page.textContent('header h1')).toBe('Forts on the Irtysh');
    expect(await page.textContent('header')).toMatch(/Ada Author and Boris Borisov.*25 November 2026.*CC BY-SA 4\.0/s);
    expect(await page.getAttribute('header time', 'datetime')).toBe('2026-11-25');
    expect(await page.$$eval('main > section.chapter', (sections) => sections.map((s) => s.id))).toEqual(['the-forts', 'the-raid']);
    expect(await page.$$eval('h1', (headings) => headings.length)).toBe(1);
    expect(await page.textContent('.glance')).toMatch(/Ivan Buchholz \(1715–1716\)/);
    expect(await page.$$eval('#bibliography li[id^="ref-"]', (items) => items.map((li) => li.id))).toEqual(['ref-baddeley1919', 'ref-zlatkin1964']);
    // The author's raw-HTML table survives sanitizing, with its caption.
    expect(await page.textContent('#the-forts table caption')).toBe('The column in 1715');
    await context.close();
  });

  it('keeps a ~65-character measure, a sidebar table of contents on a wide screen, and a collapsed one on a phone', async () => {
    const wide = await open({ width: 1280, height: 800 });
    const measure = await wide.page.evaluate(() => {
      const p = document.querySelector('main p')!;
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
      probe.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden';
      p.append(probe);
      const perChar = probe.getBoundingClientRect().width / 104;
      probe.remove();
      return p.getBoundingClientRect().width / perChar;
    });
    expect(measure).toBeGreaterThan(55);
    expect(measure).toBeLessThan(80);
    const toc = await wide.page.locator('nav.toc').boundingBox();
    const main = await wide.page.locator('main').boundingBox();
    expect(toc!.x + toc!.width).toBeLessThanOrEqual(main!.x);
    expect(await wide.page.locator('nav.toc a[href="#the-raid"]').isVisible()).toBe(true);
    await wide.page.screenshot({ path: output('page-1280.png') });
    await wide.page.emulateMedia({ colorScheme: 'dark' });
    await wide.page.screenshot({ path: output('page-1280-dark.png') });
    await wide.context.close();

    const phone = await open({ width: 375, height: 800 });
    expect(await phone.page.locator('nav.toc a[href="#the-raid"]').isVisible()).toBe(false);
    await phone.page.screenshot({ path: output('page-375.png') });
    await phone.page.click('nav.toc summary');
    expect(await phone.page.locator('nav.toc a[href="#the-raid"]').isVisible()).toBe(true);
    await phone.page.screenshot({ path: output('page-375-toc.png') });
    await phone.context.close();
  });

  for (const width of [320, 375, 768, 1024, 1440]) {
    it(`never scrolls sideways at ${width} px`, async () => {
      const { page, context } = await open({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  it('prints as a book: no sidebar, each chapter on a new page, external link targets written out', async () => {
    const { page, context } = await open();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    const breaks = await page.$$eval('main > section', (sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks.every((value) => value === 'page')).toBe(true);
    const printedTarget = await page.evaluate(() => getComputedStyle(document.querySelector('main a[href^="https:"]')!, '::after').content);
    expect(printedTarget).toContain('https://en.wikipedia.org/wiki/Yamyshevo');
    // A link that already shows its address (a bibliography URL) is not printed twice.
    const bare = await page.evaluate(() => getComputedStyle(document.querySelector('#bibliography a[href^="https:"]')!, '::after').content);
    expect(bare).toBe('none');
    await page.pdf({ path: output('page.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });
});
