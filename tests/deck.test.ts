/**
 * The lecture deck, opened in real Chromium from file:// (tests/fixtures/deck-book: a glance,
 * two chapters, a timeline and a map slide, citations on slides and in the prose only, one slide
 * block too long for one slide).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openFile, output, type OpenedPage } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { currentSlideId, inspectCurrentSlide, revealReady } from './helpers/deck.ts';

const out = join(mkdtempSync(join(tmpdir(), 'triptych-deck-')), 'dist');
const deck = join(out, 'irtysh-forts-deck/index.html');
const viewport = { width: 1280, height: 720 };
let browser: Browser;

interface SlideInfo {
  id: string;
  title: string;
  notes: string;
  citations: string[];
}

/** Reads every slide (not the stacks) in document order, with its notes and the keys its citations link to. */
async function slides(page: Page): Promise<SlideInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')].map((slide) => ({
      id: slide.id,
      title: slide.querySelector('h1, h2')?.textContent ?? '',
      notes: slide.querySelector('aside.notes')?.textContent?.trim() ?? '',
      citations: [...slide.querySelectorAll<HTMLAnchorElement>('a.citation')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

/** Goes to the slide with this id and waits out the fade transition. */
async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const reveal = (window as unknown as { Reveal: { getIndices(el: Element): { h: number; v: number }; slide(h: number, v: number): void } }).Reveal;
    const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
    reveal.slide(h, v);
  }, id);
  await page.waitForTimeout(600);
  expect(await currentSlideId(page)).toBe(id);
}

/** Every text of a slide's map as the room sees it: its size on screen (font size × the SVG's scale) and its box. */
async function mapTexts(page: Page, id: string): Promise<Array<{ text: string; px: number; box: { left: number; top: number; right: number; bottom: number } }>> {
  return page.$$eval(`#${id} figure.figure-map > svg text`, (texts) =>
    texts.map((t) => {
      const { left, top, right, bottom } = t.getBoundingClientRect();
      const scale = (t as SVGTextElement).getScreenCTM()!.a;
      return { text: t.textContent ?? '', px: parseFloat(t.getAttribute('font-size') ?? '0') * scale, box: { left, top, right, bottom } };
    }),
  );
}

/** The map slide's texts set under 22 px on screen, and the pairs of texts whose boxes overlap. */
async function mapProblems(page: Page, id: string): Promise<string[]> {
  const texts = await mapTexts(page, id);
  expect(texts.length, id).toBeGreaterThan(4);
  const problems = texts.filter((t) => t.px < 22).map((t) => `${id} small: ${t.text} (${t.px.toFixed(1)} px)`);
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) problems.push(`${id} overlap: ${a.text} × ${b.text}`);
    }),
  );
  return problems;
}

beforeAll(async () => {
  const run = runCli(['build', fixture('deck-book'), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the lecture deck', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openFile(browser, deck, viewport);
    await revealReady(opened.page);
  });
  afterAll(async () => opened.context.close());

  it('opens from file:// with no network request and no console error', () => {
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('has the slides the manuscript implies: title, two glance slides, a stack per chapter, a continuation and the sources', async () => {
    const chapters = ['01-forts.md', '02-expedition.md'].map((name) => readFileSync(join(fixture('deck-book'), 'chapters', name), 'utf8'));
    const sections = chapters.map((text) => text.match(/^## /gm)?.length ?? 0);
    expect(sections).toEqual([4, 3]);
    // title + "At a glance" + "Belligerents" + (chapter slide + sections) per chapter
    // + 1 continuation ("What followed" is too long for one slide) + 1 sources slide.
    const expected = 1 + 2 + (1 + 4) + (1 + 3) + 1 + 1;
    const all = await slides(opened.page);
    expect(all).toHaveLength(expected);
    expect(await opened.page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(expected);
    expect(all.map((s) => s.id)).toEqual([
      'deck-title', 'deck-glance', 'deck-belligerents',
      'deck-forts', 'the-expeditions-in-time', 'where-it-happened', 'gold-and-the-steppe', 'a-section-without-a-slide-block',
      'deck-expedition', 'the-march', 'the-siege', 'what-followed', 'what-followed-2',
      'deck-sources',
    ]);
  });

  it('gives every section with prose non-empty speaker notes, subsections included', async () => {
    const all = await slides(opened.page);
    for (const id of ['the-expeditions-in-time', 'where-it-happened', 'gold-and-the-steppe', 'a-section-without-a-slide-block', 'the-march', 'the-siege', 'what-followed', 'what-followed-2']) {
      expect(all.find((s) => s.id === id)?.notes, id).not.toBe('');
    }
    expect(all.find((s) => s.id === 'gold-and-the-steppe')?.notes).toContain('no one in Tobolsk had seen the gold');
  });

  it('lists on the sources slide exactly the works cited on slides (not those cited only in the notes)', async () => {
    const all = await slides(opened.page);
    const cited = new Set(all.flatMap((s) => s.citations).map((href) => href.replace('#/deck-source-', '')));
    expect([...cited].sort()).toEqual(['baddeley1919', 'perdue2005']);
    const listed = await opened.page.$$eval('#deck-sources ul.sources > li', (items) => items.map((li) => li.id));
    expect(listed.sort()).toEqual(['deck-source-baddeley1919', 'deck-source-perdue2005']);
    // forsyth1992 is cited in the prose only.
    expect(all.some((s) => s.notes.includes('Forsyth 1992'))).toBe(true);
  });

  it('takes a short author–year citation on a slide to the sources slide', async () => {
    const { page } = opened;
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(3, 3));
    expect(await currentSlideId(page)).toBe('gold-and-the-steppe');
    await page.locator('#gold-and-the-steppe a.citation', { hasText: 'Perdue 2005' }).click();
    await page.waitForFunction(() => (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide().id === 'deck-sources');
  });

  it('walks every slide with → without an error, nothing overflowing 1280×720 and no text under 24 px on a 1280×720 screen', async () => {
    const { page } = opened;
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(0, 0));
    const total = (await slides(page)).length;
    const visited: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < total; i++) {
      visited.push(await currentSlideId(page));
      const { overflow, small } = await inspectCurrentSlide(page);
      problems.push(...overflow.map((p) => `overflow ${p}`), ...small.map((p) => `small ${p}`));
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(50);
    }
    expect(new Set(visited).size).toBe(total);
    expect(problems).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
  });

  it('shows the timeline and the map full size on their own slides (screenshots of title, content, map and timeline)', async () => {
    const { page } = opened;
    for (const [id, name] of [['deck-title', 'title'], ['the-siege', 'content'], ['where-it-happened', 'map'], ['the-expeditions-in-time', 'timeline']] as const) {
      await showSlide(page, id);
      await page.screenshot({ path: output(`deck-${name}.png`) });
      if (name === 'map' || name === 'timeline') {
        const share = await page.evaluate((slideId) => {
          const drawing = document.querySelector(`#${slideId} figure > svg`)!.getBoundingClientRect();
          const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
          return Math.max(drawing.width / box.width, drawing.height / box.height);
        }, id);
        expect(share, id).toBeGreaterThan(0.75);
      }
    }
  });

  it('sets the map’s place names and key for the room: at least 22 px on a 1280×720 screen, no two overlapping', async () => {
    const { page } = opened;
    await showSlide(page, 'where-it-happened');
    expect(await mapProblems(page, 'where-it-happened')).toEqual([]);
  });

  it('speaks the glance note once, on the belligerents slide whose years it explains, with the commanders’ notes', async () => {
    const all = await slides(opened.page);
    const glance = all.find((s) => s.id === 'deck-glance')!;
    const belligerents = all.find((s) => s.id === 'deck-belligerents')!;
    expect(glance.notes).toBe('');
    expect(belligerents.notes).toContain('The commanders’ years are those of their dated events in this lecture.');
    expect(belligerents.notes).toContain('Ivan Buchholz: His orders were signed in 1714.');
  });

  it('speaks no paragraph of notes on two slides, except on the two halves of a split slide', async () => {
    const paragraphs = await opened.page.$$eval('.reveal .slides section:not(.stack)', (sections) =>
      sections.flatMap((slide) => [...slide.querySelectorAll('aside.notes > *')].map((p) => ({ id: slide.id.replace(/-\d+$/, ''), text: (p.textContent ?? '').trim() }))),
    );
    const spoken = new Map<string, string>();
    const repeated: string[] = [];
    for (const { id, text } of paragraphs) {
      if (text === '') continue;
      const first = spoken.get(text);
      if (first !== undefined && first !== id) repeated.push(`${first} and ${id}: ${text.slice(0, 60)}`);
      spoken.set(text, first ?? id);
    }
    expect(repeated).toEqual([]);
  });

  it('keeps the navigation arrows clear of the slide number, at 1280×720 and 1920×1080', async () => {
    for (const size of [viewport, { width: 1920, height: 1080 }]) {
      const { page, context } = await openFile(browser, deck, size);
      await revealReady(page);
      await page.keyboard.press('ArrowRight'); // both arrows enabled
      await page.waitForTimeout(600);
      const clash = await page.evaluate(() => {
        const number = document.querySelector('.reveal .slide-number')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.reveal .controls button')]
          .filter((b) => b.offsetParent !== null && getComputedStyle(b).visibility !== 'hidden' && getComputedStyle(b).opacity !== '0')
          .map((b) => ({ name: b.className, r: b.getBoundingClientRect() }))
          .filter(({ r }) => r.left < number.right && number.left < r.right && r.top < number.bottom && number.top < r.bottom)
          .map(({ name }) => name);
      });
      expect(clash, `${size.width}×${size.height}`).toEqual([]);
      if (size.width === 1920) await page.screenshot({ path: output('deck-controls-1920.png'), clip: { x: 1520, y: 880, width: 400, height: 200 } });
      await context.close();
    }
  });

  it('has no axe-core violation of any impact on any slide', async () => {
    const { page } = opened;
    const total = (await slides(page)).length;
    const found: string[] = [];
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(0, 0));
    for (let i = 0; i < total; i++) {
      const id = await currentSlideId(page);
      for (const v of await axe(page)) {
        found.push(`${id}: ${v.id} [${v.impact}] (${v.help}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(50);
    }
    expect(found).toEqual([]);
  });
});

describe('a chapter map on a slide', () => {
  it('sets its place names and its longer key (“in this chapter”) at least 22 px on a 1280×720 screen, no two overlapping', async () => {
    // The fixture with its map slide turned into the second chapter's map (`::map{chapter=expedition}`).
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-deck-chapter-map-')), 'book');
    cpSync(fixture('deck-book'), dir, { recursive: true });
    const chapter = join(dir, 'chapters/01-forts.md');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(':::slide\n::map\n:::', ':::slide\n::map{chapter=expedition}\n:::'));
    const run = runCli(['build', dir, '--out', join(dir, 'dist')]);
    expect(run.status, run.stderr).toBe(0);
    const { page, context, errors } = await openFile(browser, join(dir, 'dist/irtysh-forts-deck/index.html'), viewport);
    await revealReady(page);
    await showSlide(page, 'where-it-happened');
    expect(await page.$$eval('#where-it-happened figure.figure-map > svg text', (texts) => texts.map((t) => t.textContent))).toContain('in this chapter');
    expect(await mapProblems(page, 'where-it-happened')).toEqual([]);
    await page.screenshot({ path: output('deck-chapter-map.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the lecture deck in a small window', () => {
  it('shrinks the whole slide into a phone’s window (390×844), cut at no side', async () => {
    const { page, context, errors } = await openFile(browser, deck, { width: 390, height: 844 });
    await revealReady(page);
    const fit = await page.evaluate(() => {
      const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      return { left: box.left, right: box.right, width: innerWidth, scale: (window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale() };
    });
    expect(fit.scale).toBeLessThan(0.5);
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(fit.width);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows every figure at its slide’s width in a phone’s scroll view (390×844), not collapsed to no height', async () => {
    const { page, context, errors } = await openFile(browser, deck, { width: 390, height: 844 });
    await revealReady(page);
    // Below 435 px reveal.js lays the slides out one under another (https://revealjs.com/scroll-view/).
    expect(await page.evaluate(() => document.querySelector('.reveal-viewport')!.classList.contains('reveal-scroll'))).toBe(true);
    const figures = await page.$$eval('.reveal .slides section.figure-slide', (sections) =>
      sections.map((slide) => {
        const svg = slide.querySelector('figure > svg')!;
        const [, , width = 1, height = 1] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
        const drawn = svg.getBoundingClientRect();
        // The drawing's scale over the slide's own (1280 px wide): about 0.9–1 when it has the slide's width.
        const scale = Math.min(drawn.width / width, drawn.height / height) / (slide.getBoundingClientRect().width / 1280);
        return { id: slide.id, height: Math.round(drawn.height), scale: Number(scale.toFixed(2)) };
      }),
    );
    expect(figures.map((f) => f.id)).toEqual(['the-expeditions-in-time', 'where-it-happened']);
    for (const figure of figures) expect(figure.scale, JSON.stringify(figure)).toBeGreaterThan(0.75);
    await page.locator('#where-it-happened').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: output('deck-phone-map.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the speaker view', () => {
  it('opens from file:// on "s" and shows the current slide’s notes', async () => {
    const { page, context, errors, requests } = await openFile(browser, deck, viewport);
    await revealReady(page);
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(4, 2));
    expect(await currentSlideId(page)).toBe('the-siege');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const notes = popup.locator('.speaker-controls-notes .value');
    await expect.poll(async () => (await notes.textContent()) ?? '', { timeout: 10_000 }).toContain('the army of Tsewang Rabtan surrounded the new fort');
    await popup.screenshot({ path: output('deck-speaker-view.png') });
    // Both previews show the whole slide, scaled down to their frames, never cut at the sides.
    for (const id of ['current-slide', 'upcoming-slide']) {
      const frame = await (await popup.locator(`#${id} iframe`).elementHandle())!.contentFrame();
      await frame!.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
      const fit = await frame!.evaluate(() => {
        const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: innerWidth, height: innerHeight };
      });
      expect(fit.left, id).toBeGreaterThanOrEqual(0);
      expect(fit.right, id).toBeLessThanOrEqual(fit.width);
      expect(fit.top, id).toBeGreaterThanOrEqual(0);
      expect(fit.bottom, id).toBeLessThanOrEqual(fit.height);
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
