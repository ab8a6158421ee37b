/**
 * What a lecturer adds around the slides (tests/fixtures/deck-lecture: the `moon` theme, `deck.event`,
 * `deck.date`, `deck.css` with an import and an image, a closing slide after the sources, a note
 * citation style), opened in real Chromium from file://.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFile, output } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { currentSlideId, revealReady, walkDeck } from './helpers/deck.ts';

const out = join(mkdtempSync(join(tmpdir(), 'triptych-deck-lecture-')), 'dist');
const deck = join(out, 'hansa-deck/index.html');
let browser: Browser;

beforeAll(async () => {
  const run = runCli(['build', fixture('deck-lecture'), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  browser = await launch();
});
afterAll(async () => browser?.close());

/** WCAG 2.1 contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('a lecture deck', () => {
  it('shows title, subtitle, author, event, date and licence on the title slide', async () => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    const title = await page.$eval('#deck-title', (slide) => ({
      h1: slide.querySelector('h1')?.textContent,
      subtitle: slide.querySelector('.subtitle')?.textContent,
      authors: slide.querySelector('.authors')?.textContent,
      occasion: slide.querySelector('.occasion')?.textContent,
      datetime: slide.querySelector('time')?.getAttribute('datetime'),
      meta: slide.querySelector('.meta')?.textContent,
    }));
    expect(title).toEqual({
      h1: 'The Hanseatic League',
      subtitle: 'Merchants, towns and the Baltic trade',
      authors: 'Ada Fixture',
      occasion: 'Seminar on medieval trade, Lübeck · March 14, 2026',
      datetime: '2026-03-14',
      meta: 'CC BY 4.0',
    });
    await page.screenshot({ path: output('deck-lecture-title.png') });
    await context.close();
  });

  it('ends with the closing slide after the sources, its e-mail and web addresses as links', async () => {
    const html = readFileSync(deck, 'utf8');
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.slice(-2)).toEqual(['deck-sources', 'deck-closing']);
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    const links = await page.$$eval('#deck-closing a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['mailto:ada@example.org', 'https://example.org/hansa-talk']);
    expect(await page.$eval('#deck-closing h2', (h) => h.textContent)).toBe('Questions?');
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number): void; getTotalSlides(): number } }).Reveal.slide(99));
    await page.waitForTimeout(500);
    expect(await currentSlideId(page)).toBe('deck-closing');
    await page.screenshot({ path: output('deck-lecture-closing.png') });
    await context.close();
  });

  it('applies the author’s stylesheet over the theme, its import put in its place and its image copied beside it, and the moon theme offline', async () => {
    const { page, context, requests, errors } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(1, 1));
    await page.waitForTimeout(500);
    expect(await currentSlideId(page)).toBe('from-merchants-to-towns');
    const style = await page.$eval('#from-merchants-to-towns', (slide) => ({
      heading: getComputedStyle(slide.querySelector('h2')!).color,
      background: getComputedStyle(slide).backgroundImage,
    }));
    expect(style.heading).toBe('rgb(240, 198, 116)');
    expect(style.background).toMatch(/^url\("file:\/\/.*\/hansa-deck\/styles\/wave\.png"\)$/);
    // The import is put in its place; the image is copied beside the deck by its manuscript path.
    const css = readFileSync(join(out, 'hansa-deck/author-1.css'), 'utf8');
    expect(css).not.toContain('@import');
    expect(css).toContain('--seminar-accent: #f0c674;');
    expect(css).toContain('url("styles/wave.png")');
    expect(readFileSync(join(out, 'hansa-deck/styles/wave.png'))).toEqual(readFileSync(fixture('deck-lecture/styles/wave.png')));
    expect(readFileSync(join(out, 'hansa-deck/reveal/theme/moon.css'), 'utf8')).not.toContain('fonts.googleapis.com');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: output('deck-lecture-content.png') });
    await context.close();
  });

  it('says citations in the notes as short author–year, never as note numbers or full references', async () => {
    const notes = await (async () => {
      const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
      await revealReady(page);
      const text = await page.$$eval('aside.notes', (asides) => asides.map((a) => a.textContent ?? '').join('\n'));
      await context.close();
      return text;
    })();
    expect(notes).toContain('the towns they came from (Dollinger 1970, pp. 3–8).');
    expect(notes).toContain('Dollinger (1970, p. 62) dates the change');
    expect(notes).toContain('the other way (Jahnke 2015, p. 198).');
    // No full reference (title, publisher), no footnote of the author's, no image's alt text or caption.
    expect(notes).not.toMatch(/German Hansa|Stanford|Brill|band or company|seal of Lübeck/);
    expect(notes).not.toMatch(/\d\s*$|[a-z][.,]\d/m);
  });

  it('takes a citation to its source, marked, and links back to the slide it came from', async () => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(1, 2));
    await page.waitForTimeout(500);
    expect(await currentSlideId(page)).toBe('the-baltic-trade');
    await page.locator('#the-baltic-trade a.citation').click();
    await page.waitForFunction(() => (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide().id === 'deck-sources');
    expect(await page.$$eval('.deck-target', (els) => els.map((el) => el.id))).toEqual(['deck-source-jahnke2015']);
    await page.waitForTimeout(600);
    const back = page.locator('#deck-source-jahnke2015 a.deck-origin');
    expect(await back.textContent()).toBe('4');
    expect(await page.$eval('.reveal .slide-number', (n) => n.textContent?.replace(/\s/g, ''))).toBe('5/6');
    await page.screenshot({ path: output('deck-lecture-sources.png') });
    await back.click();
    await page.waitForFunction(() => (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide().id === 'the-baltic-trade');
    expect(await page.$eval('.reveal .slide-number', (n) => n.textContent?.replace(/\s/g, ''))).toBe('4/6');
    await context.close();
  });

  it('gives every slide a stable address: its id in the URL, and that URL opens it', async () => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    const ids = await page.$$eval('.reveal .slides section:not(.stack)', (sections) => sections.map((s) => s.id));
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    await page.keyboard.press('ArrowRight');
    // reveal.js writes the address at most once a second.
    await page.waitForFunction(() => location.hash === '#/deck-hansa', undefined, { timeout: 5000 });
    const again = await openFile(browser, `${deck}#/the-baltic-trade`, { width: 1280, height: 720 });
    await revealReady(again.page);
    expect(await currentSlideId(again.page)).toBe('the-baltic-trade');
    await again.context.close();
    await context.close();
  });

  it('shows the slide number at ≥ 18 px with ≥ 4.5:1 contrast at 1920×1080, in the moon and the serif theme', async () => {
    const serif = join(mkdtempSync(join(tmpdir(), 'triptych-deck-serif-')), 'dist');
    expect(runCli(['build', fixture('deck-book'), '--out', serif]).status).toBe(0);
    for (const path of [deck, join(serif, 'irtysh-forts-deck/index.html')]) {
      const { page, context } = await openFile(browser, path, { width: 1920, height: 1080 });
      await revealReady(page);
      const number = await page.$eval('.reveal .slide-number', (n) => {
        const style = getComputedStyle(n);
        return { size: parseFloat(style.fontSize), color: style.color, background: style.backgroundColor };
      });
      expect(number.size).toBeGreaterThanOrEqual(18);
      expect(contrast(number.color, number.background)).toBeGreaterThanOrEqual(4.5);
      await page.screenshot({ path: output(`deck-number-1920-${path.includes('hansa') ? 'moon' : 'serif'}.png`), clip: { x: 0, y: 960, width: 400, height: 120 } });
      await context.close();
    }
  });

  it('has nothing overflowing any slide at 1280×720 or 1920×1080', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const { page, context, errors } = await openFile(browser, deck, viewport);
      await revealReady(page);
      const { visited, problems } = await walkDeck(page);
      expect(visited).toHaveLength(6);
      expect(problems, `${viewport.width}×${viewport.height}`).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
