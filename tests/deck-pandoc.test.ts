/**
 * Decks written the way pandoc's manual and Quarto teach (README, "The deck": slides written the
 * pandoc way), one fixture per construct, each built by the CLI and opened in Chromium from
 * file://. Screenshots at 1280×720 and on a phone (390×844) go to tests/output/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFile, output } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { revealReady, shownSlides, walkDeck } from './helpers/deck.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';
import { unzipSync } from 'fflate';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

interface Built {
  deck: string;
  page: string;
  stderr: string;
}

/** Builds `tests/fixtures/<name>/<file>` (a one-file talk) with the CLI; `slug`: the outputs' name (from the title). */
function build(name: string, file: string, slug = file.replace(/\.md$/, '')): Built {
  const out = join(mkdtempSync(join(tmpdir(), `triptych-${name}-`)), 'dist');
  const run = runCli(['build', join(fixture(name), file), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  return { deck: join(out, `${slug}-deck/index.html`), page: join(out, `${slug}.html`), stderr: run.stderr };
}

/** Screenshots of one slide at 1280×720 and on a phone, as `<name>-<size>.png`. */
async function screenshots(deck: string, slideId: string, name: string): Promise<void> {
  for (const [size, viewport] of [['1280x720', { width: 1280, height: 720 }], ['phone', { width: 390, height: 844 }]] as const) {
    const { page, context } = await openFile(browser, `${deck}#/${slideId}`, viewport);
    await revealReady(page);
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number, f: number): void; getIndices(): { h: number; v: number } } }).Reveal.slide(
      (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
      (window as unknown as { Reveal: { getIndices(): { v: number } } }).Reveal.getIndices().v,
      Number.MAX_SAFE_INTEGER,
    ));
    // A phone shows reveal.js's scroll view: the slide is scrolled to.
    if (size === 'phone') await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), slideId);
    await page.waitForTimeout(300);
    await page.screenshot({ path: output(`${name}-${size}.png`) });
    await context.close();
  }
}

/** Every slide walked with all its fragments shown, at 1280×720 and 1920×1080: nothing leaves a slide, no text under 24 px. */
async function walkBothSizes(deck: string): Promise<string[]> {
  const problems: string[] = [];
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    const { page, context, errors, requests } = await openFile(browser, deck, viewport);
    await revealReady(page);
    const walk = await walkDeck(page);
    problems.push(...walk.problems.map((p) => `${viewport.width}: ${p}`), ...errors, ...requests);
    await context.close();
  }
  return problems;
}

describe('the slide show of pandoc’s manual (habits.txt): headings, `---`, a picture', () => {
  let built: Built;
  beforeAll(() => {
    built = build('deck-pandoc-habits', 'habits.md');
  });

  it('makes a title slide per `#` section and a slide per `##`, each showing its own content, in vertical stacks', async () => {
    const { page, context } = await openFile(browser, built.deck, { width: 1280, height: 720 });
    await revealReady(page);
    const shown = await shownSlides(page);
    expect(shown.map(({ id, h, v, title }) => [id, h, v, title])).toEqual([
      ['deck-title', 0, 0, 'Habits'],
      ['deck-in-the-morning', 1, 0, 'In the morning'],
      ['getting-up', 1, 1, 'Getting up'],
      ['breakfast', 1, 2, 'Breakfast'],
      ['deck-in-the-evening', 2, 0, 'In the evening'],
      ['dinner', 2, 1, 'Dinner'],
      ['dinner-2', 2, 2, ''],
      ['going-to-sleep', 2, 3, 'Going to sleep'],
    ]);
    expect(shown[0]!.text).toBe('Habits John Doe March 22, 2005');
    expect(shown.find((s) => s.id === 'getting-up')!.text).toBe('Getting up Turn off alarm Get out of bed');
    expect(shown.find((s) => s.id === 'going-to-sleep')!.text).toBe('Going to sleep Get in bed Count sheep');
    await context.close();
  });

  it('starts a slide without a title at `---`, its picture fitted to the slide', async () => {
    const { page, context } = await openFile(browser, `${built.deck}#/dinner-2`, { width: 1280, height: 720 });
    await revealReady(page);
    const picture = await page.$eval('#dinner-2 img', (img) => {
      const r = img.getBoundingClientRect();
      const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      return { alt: img.getAttribute('alt'), loaded: (img as HTMLImageElement).naturalWidth, inside: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1, height: r.height };
    });
    expect(picture).toMatchObject({ alt: 'picture of spaghetti', loaded: 960, inside: true });
    expect(picture.height).toBeGreaterThan(400);
    await context.close();
    await screenshots(built.deck, 'dinner-2', 'deck-pandoc-habits-rule');
    await screenshots(built.deck, 'getting-up', 'deck-pandoc-habits-slide');
    await screenshots(built.deck, 'deck-in-the-evening', 'deck-pandoc-habits-section');
  });

  it('overflows no slide at 1280×720 or 1920×1080 and warns of nothing', async () => {
    expect(await walkBothSizes(built.deck)).toEqual([]);
    expect(built.stderr).not.toMatch(/warning|error/);
  });

  it('keeps every word in the book: the page shows the lists and the picture, without empty sections', () => {
    const html = readFileSync(built.page, 'utf8');
    for (const words of ['Turn off alarm', 'Count sheep', 'alt="picture of spaghetti"']) expect(html).toContain(words);
  });
});

/** What of the current slide's fragments the room sees now: each fragment's text and whether it is shown. */
async function fragmentsShown(page: Page): Promise<Array<[string, boolean]>> {
  return page.evaluate(() => {
    const slide = (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide();
    return [...slide.querySelectorAll('.fragment')].map((el): [string, boolean] => [(el.textContent ?? '').trim(), el.classList.contains('visible')]);
  });
}

const next = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: { next(): void } }).Reveal.next());

describe('incremental lists, pauses and fragments (pandoc’s manual, Quarto’s reveal.js guide)', () => {
  let built: Built;
  beforeAll(() => {
    built = build('deck-pandoc-fragments', 'steps.md');
  });

  it('steps through a `::: incremental` list item by item, and shows a `::: nonincremental` one whole', async () => {
    const { page, context } = await openFile(browser, `${built.deck}#/incremental`, { width: 1280, height: 720 });
    await revealReady(page);
    expect(await fragmentsShown(page)).toEqual([['Eat spaghetti', false], ['Drink wine', false]]);
    await next(page);
    expect(await fragmentsShown(page)).toEqual([['Eat spaghetti', true], ['Drink wine', false]]);
    await next(page);
    expect(await fragmentsShown(page)).toEqual([['Eat spaghetti', true], ['Drink wine', true]]);
    await next(page);
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide().id)).toBe('nonincremental');
    expect(await fragmentsShown(page)).toEqual([]);
    await next(page);
    // pandoc's older way: a list alone in a block quote departs from the default.
    expect(await fragmentsShown(page)).toEqual([['Eat spaghetti', false], ['Drink wine', false]]);
    await context.close();
    await screenshots(built.deck, 'incremental', 'deck-pandoc-incremental');
  });

  it('holds what follows `. . .` back until the next step', async () => {
    const { page, context } = await openFile(browser, `${built.deck}#/slide-with-a-pause`, { width: 1280, height: 720 });
    await revealReady(page);
    expect(await fragmentsShown(page)).toEqual([['content after the pause', false]]);
    const before = await page.$eval('#slide-with-a-pause .slide-body > p', (p) => p.textContent);
    expect(before).toBe('content before the pause');
    await next(page);
    expect(await fragmentsShown(page)).toEqual([['content after the pause', true]]);
    await context.close();
    await screenshots(built.deck, 'slide-with-a-pause', 'deck-pandoc-pause');
  });

  it('gives `{.fragment}` divs and spans reveal.js’s fragment classes, stepping in order', async () => {
    const { page, context } = await openFile(browser, `${built.deck}#/fragments`, { width: 1280, height: 720 });
    await revealReady(page);
    const classes = await page.$$eval('#fragments .fragment', (all) => all.map((el) => el.className));
    expect(classes).toEqual(['fragment', 'fragment fade-out', 'fragment highlight-red', 'fragment fade-in-then-out', 'fragment fade-up']);
    for (let step = 1; step <= 5; step++) {
      await next(page);
      expect((await fragmentsShown(page)).filter(([, shown]) => shown).length).toBe(step);
    }
    await next(page);
    expect(await fragmentsShown(page)).toEqual([['a word that appears later', false]]);
    await context.close();
    await screenshots(built.deck, 'fragments', 'deck-pandoc-fragments');
  });

  it('leaves no pause mark in the book, and the book every word', () => {
    const html = readFileSync(built.page, 'utf8');
    expect(html).not.toMatch(/\.\s\.\s\.|…/);
    for (const words of ['content before the pause', 'content after the pause', 'Slide up while fading in', 'a word that appears later']) expect(html).toContain(words);
  });

  it('overflows no slide at 1280×720 or 1920×1080 (every fragment shown)', async () => {
    expect(await walkBothSizes(built.deck)).toEqual([]);
  });
});

describe('columns (pandoc’s manual, Quarto’s guide)', () => {
  let built: Built;
  beforeAll(() => {
    built = build('deck-pandoc-columns', 'columns.md');
  });

  it('sets the columns side by side at their widths, top-aligned, inside the slide', async () => {
    const { page, context } = await openFile(browser, `${built.deck}#/two-columns-of-40-and-60`, { width: 1280, height: 720 });
    await revealReady(page);
    const measure = (id: string) =>
      page.$$eval(`#${id} .column`, (columns) =>
        columns.map((column) => {
          const r = column.getBoundingClientRect();
          const box = column.closest('.columns')!.getBoundingClientRect();
          return { left: Math.round(r.left), top: Math.round(r.top), share: Math.round((r.width / box.width) * 100) };
        }),
      );
    const two = await measure('two-columns-of-40-and-60');
    expect(two).toHaveLength(2);
    expect(two[0]!.top).toBe(two[1]!.top);
    expect(two[1]!.left).toBeGreaterThan(two[0]!.left);
    // 40% and 60% of the row less the gap between them.
    expect(two[0]!.share).toBeGreaterThanOrEqual(36);
    expect(two[0]!.share).toBeLessThanOrEqual(40);
    expect(two[1]!.share).toBeGreaterThanOrEqual(55);
    const picture = await page.$eval('#two-columns-of-40-and-60 img', (img) => ({ loaded: (img as HTMLImageElement).naturalWidth, width: img.getBoundingClientRect().width, column: img.closest('.column')!.getBoundingClientRect().width }));
    expect(picture.loaded).toBe(960);
    expect(picture.width).toBeLessThanOrEqual(picture.column + 1);
    const three = await measure('three-columns-no-widths');
    expect(three.map((column) => column.top)).toEqual([three[0]!.top, three[0]!.top, three[0]!.top]);
    expect(new Set(three.map((column) => column.share)).size).toBe(1);
    await context.close();
    await screenshots(built.deck, 'two-columns-of-40-and-60', 'deck-pandoc-columns');
    await screenshots(built.deck, 'three-columns-no-widths', 'deck-pandoc-columns-three');
  });

  it('starts with the slides when the talk has no `#` section (no second title slide)', async () => {
    const { page, context } = await openFile(browser, built.deck, { width: 1280, height: 720 });
    await revealReady(page);
    expect((await shownSlides(page)).map((slide) => slide.id)).toEqual(['deck-title', 'two-columns-of-40-and-60', 'quartos-columns', 'three-columns-no-widths']);
    await context.close();
  });

  it('overflows no slide at 1280×720 or 1920×1080', async () => {
    expect(await walkBothSizes(built.deck)).toEqual([]);
  });
});

describe('slide backgrounds and attributes on headings (pandoc’s manual, reveal.js example)', () => {
  let built: Built;
  beforeAll(() => {
    built = build('deck-pandoc-backgrounds', 'backgrounds.md', 'my-slide-show');
  });

  /** WCAG 2.1 contrast ratio of two `rgb(…)` colours. */
  const contrast = (a: string, b: string) => {
    const luminance = (css: string) => {
      const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
      const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
    };
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it('shows the pictures and the colour behind their slides, the title slide’s from `title-slide-attributes`', async () => {
    const { page, context, requests } = await openFile(browser, built.deck, { width: 1280, height: 720 });
    await revealReady(page);
    const backgrounds = await page.evaluate(async () => {
      const reveal = (window as unknown as { Reveal: { getSlides(): HTMLElement[]; getSlideBackground(slide: HTMLElement): HTMLElement; slide(h: number, v?: number): void; getIndices(el: Element): { h: number; v: number } } }).Reveal;
      const out: Record<string, { image: string; size: string; color: string; opacity: string }> = {};
      for (const slide of reveal.getSlides()) {
        const { h, v } = reveal.getIndices(slide);
        reveal.slide(h, v);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const content = reveal.getSlideBackground(slide).querySelector('.slide-background-content') as HTMLElement;
        const style = getComputedStyle(content);
        out[slide.id] = { image: style.backgroundImage.replace(/^.*\//, '').replace(/["')]+$/, ''), size: style.backgroundSize, color: getComputedStyle(reveal.getSlideBackground(slide)).backgroundColor, opacity: getComputedStyle(reveal.getSlideBackground(slide)).getPropertyValue('--r-background-opacity') || content.style.opacity };
      }
      return out;
    });
    expect(backgrounds['deck-title']).toMatchObject({ image: 'title_image.png', size: 'contain' });
    expect(backgrounds['section']!.image).toBe('special_image.jpg');
    expect(backgrounds['a-coloured-slide']!.color).toBe('rgb(11, 83, 148)');
    expect(backgrounds['a-faint-picture']).toMatchObject({ image: 'special_image.jpg', size: 'contain', opacity: '0.3' });
    expect(backgrounds['slide-one']!.image).toBe('none');
    // Each picture is in the deck's folder: nothing was fetched.
    expect(requests).toEqual([]);
    const loaded = await page.evaluate(() =>
      Promise.all(['title_image.png', 'special_image.jpg'].map((src) => new Promise<number>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve(0);
        img.src = src;
      }))),
    );
    expect(loaded).toEqual([1280, 960]);
    await context.close();
    for (const id of ['deck-title', 'section', 'a-coloured-slide', 'a-faint-picture']) await screenshots(built.deck, id, `deck-pandoc-background-${id}`);
  });

  it('sets the text of a dark slide light enough to read (≥ 4.5:1 on its colour)', async () => {
    const { page, context } = await openFile(browser, `${built.deck}#/a-coloured-slide`, { width: 1280, height: 720 });
    await revealReady(page);
    await page.waitForTimeout(300);
    const colours = await page.$$eval('#a-coloured-slide h2, #a-coloured-slide p', (all) => all.map((el) => getComputedStyle(el).color));
    for (const colour of colours) expect(contrast(colour, 'rgb(11, 83, 148)')).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });

  it('carries transition, visibility and classes from the heading to the slide', async () => {
    const { page, context } = await openFile(browser, built.deck, { width: 1280, height: 720 });
    await revealReady(page);
    const ids = (await shownSlides(page)).map((slide) => slide.id);
    // reveal.js takes a `visibility="hidden"` slide out of the deck.
    expect(ids).not.toContain('backup-slide');
    expect(ids).toContain('a-smaller-slide');
    expect(await page.$eval('#zoom-in', (slide) => slide.getAttribute('data-transition'))).toBe('zoom');
    const sizes = await page.evaluate(() => ['slide-one', 'a-smaller-slide'].map((id) => parseFloat(getComputedStyle(document.querySelector(`#${id} .slide-body p`)!).fontSize)));
    expect(sizes[1]).toBeLessThan(sizes[0]!);
    expect(sizes[1]).toBeGreaterThanOrEqual(26);
    await context.close();
  });

  it('overflows no slide at 1280×720 or 1920×1080', async () => {
    expect(await walkBothSizes(built.deck)).toEqual([]);
  });
});

describe('conditional content in all three outputs (Quarto’s `content-visible` / `content-hidden`)', () => {
  let built: Built;
  let epubText: string;
  let epubPath: string;
  beforeAll(() => {
    built = build('deck-pandoc-conditional', 'conditional.md', 'conditional-content');
    epubPath = built.page.replace(/\.html$/, '.epub');
    const entries = unzipSync(new Uint8Array(readFileSync(epubPath)));
    epubText = Object.entries(entries).filter(([name]) => name.endsWith('.xhtml')).map(([, bytes]) => new TextDecoder().decode(bytes)).join('\n');
  });

  const phrases = ['Everyone sees this', 'Only the room sees this', 'Only readers see this', 'Only the EPUB shows this', 'Every HTML output shows this', 'Only the page shows this', 'a word for the room', 'Only a PDF would show this', 'Work through the exercise', 'A passage for readers'];
  const present = (text: string) => phrases.filter((phrase) => text.includes(phrase));

  it('shows the page what is for the page (html, html5, not revealjs), the reading-list section and not the exercise', () => {
    const html = readFileSync(built.page, 'utf8');
    expect(present(html)).toEqual(['Everyone sees this', 'Only readers see this', 'Every HTML output shows this', 'Only the page shows this', 'A passage for readers']);
    // A deck-only section leaves no heading in the page or its contents; the markers go.
    expect(html).not.toMatch(/Exercise|content-visible|content-hidden|when-format/);
    expect(html).toMatch(/href="#further-reading"/);
  });

  it('shows the EPUB what is for it (epub, html), with EPUBCheck finding nothing', () => {
    expect(present(epubText)).toEqual(['Everyone sees this', 'Only readers see this', 'Only the EPUB shows this', 'Every HTML output shows this', 'A passage for readers']);
    expect(epubText).not.toMatch(/Exercise|content-visible|content-hidden/);
    expect(describeMessages(epubcheck(epubPath).messages)).toEqual([]);
  }, 300_000);

  it('shows the room what is for the deck (revealjs, html): the exercise slide, not the reading list', async () => {
    const { page, context } = await openFile(browser, built.deck, { width: 1280, height: 720 });
    await revealReady(page);
    const shown = await shownSlides(page);
    expect(shown.map((slide) => slide.id)).toEqual(['deck-title', 'deck-lecture', 'slide-and-page', 'exercise']);
    expect(present(shown.map((slide) => slide.text).join(' '))).toEqual(['Everyone sees this', 'Only the room sees this', 'Every HTML output shows this', 'a word for the room', 'Work through the exercise']);
    await context.close();
    await screenshots(built.deck, 'slide-and-page', 'deck-pandoc-conditional');
  });
});

describe('a talk written as pandoc’s manual teaches, with speaker notes (`::: notes`)', () => {
  let built: Built;
  beforeAll(() => {
    built = build('deck-pandoc-talk', 'talk.md', 'the-hanseatic-league');
  });

  it('puts each slide’s `::: notes` in its speaker notes and nowhere on the slide', async () => {
    const { page, context } = await openFile(browser, built.deck, { width: 1280, height: 720 });
    await revealReady(page);
    const notes = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('.reveal .slides section:not(.stack):not(.chapter-stack)')].map((slide) => [slide.id, slide.querySelector(':scope > aside.notes')?.textContent?.trim() ?? ''])),
    );
    expect(notes).toMatchObject({
      'towns-of-the-league': 'Pause here and ask the room which of the three towns they have visited.',
      'the-cog': 'The cog carried the League’s trade for two centuries.',
      'a-voyages-profit': 'Work one example: 200 barrels at a margin of two marks, less forty marks of costs.',
      'a-voyages-profit-2': '',
      section: 'Let the picture speak; say nothing for ten seconds.',
      questions: '',
    });
    const shown = await shownSlides(page);
    expect(shown.map((slide) => slide.text).join(' ')).not.toMatch(/Pause here|two centuries|Work one example|Let the picture speak/);
    await context.close();
  });

  it('shows the right notes in the speaker view, opened with “s” from file://', async () => {
    const { page, context, errors, requests } = await openFile(browser, `${built.deck}#/the-cog`, { width: 1280, height: 720 });
    await revealReady(page);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const notes = popup.locator('.speaker-controls-notes .value');
    await expect.poll(async () => (await notes.textContent()) ?? '', { timeout: 10_000 }).toContain('The cog carried the League’s trade for two centuries.');
    await popup.screenshot({ path: output('deck-pandoc-talk-speaker-view.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('never shows the notes in the book', () => {
    const html = readFileSync(built.page, 'utf8');
    const epub = Object.entries(unzipSync(new Uint8Array(readFileSync(built.page.replace(/\.html$/, '.epub'))))).map(([, bytes]) => new TextDecoder().decode(bytes)).join('\n');
    for (const text of [html, epub]) {
      expect(text).not.toMatch(/Pause here|two centuries|Work one example|Let the picture speak/);
      expect(text).toContain('Carries about 100 tons');
    }
  });

  it('makes a valid EPUB of the talk (EPUBCheck 0/0): the empty heading of a picture slide leaves no empty heading or contents entry in the book', () => {
    const epub = built.page.replace(/\.html$/, '.epub');
    expect(describeMessages(epubcheck(epub).messages)).toEqual([]);
    expect(readFileSync(built.page, 'utf8')).not.toMatch(/<h[1-6][^>]*><\/h[1-6]>|href="#section"/);
  }, 300_000);

  it('shows math as MathML, the columns side by side, the pause and the list stepping, the picture behind its slide', async () => {
    const { page, context } = await openFile(browser, `${built.deck}#/the-cog`, { width: 1280, height: 720 });
    await revealReady(page);
    expect(await page.$$eval('#the-cog .fragment', (all) => all.map((el) => el.textContent?.trim()))).toEqual(['Carries about 100 tons']);
    expect(await page.$$eval('#towns-of-the-league li.fragment', (all) => all.length)).toBe(3);
    expect(await page.$$eval('#a-voyages-profit math', (all) => all.length)).toBe(5);
    expect(await page.$eval('#section', (slide) => slide.getAttribute('data-background-image'))).toBe('harbour.png');
    await context.close();
    for (const id of ['deck-title', 'towns-of-the-league', 'the-cog', 'a-voyages-profit', 'section']) await screenshots(built.deck, id, `deck-pandoc-talk-${id}`);
  });

  it('overflows no slide at 1280×720 or 1920×1080 and warns of nothing', async () => {
    expect(await walkBothSizes(built.deck)).toEqual([]);
    expect(built.stderr).not.toMatch(/warning|error/);
  });
});

describe('notes of their own in a book-first deck (`::: notes` beside the prose)', () => {
  const notesOf = async (deck: string) => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    const text = await page.$eval('#omsk > aside.notes', (aside) => aside.textContent?.replace(/\s+/g, ' ').trim());
    await context.close();
    return text;
  };

  it('says the prose, then the written notes (`deck.notes: add`, the default), and shows the notes in no book', async () => {
    const built = build('deck-book-notes', 'forts.md', 'forts-on-the-irtysh');
    expect(await notesOf(built.deck)).toBe('The fort stood where the Om meets the Irtysh, on the road south to the salt lakes. Pause here and ask the room where the Irtysh rises.');
    expect(readFileSync(built.page, 'utf8')).not.toContain('Pause here');
    expect(readFileSync(built.page, 'utf8')).toContain('on the road south to the salt lakes');
  });

  it('says only the written notes where a section has them, with `deck.notes: replace`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triptych-notes-replace-'));
    const source = readFileSync(join(fixture('deck-book-notes'), 'forts.md'), 'utf8').replace('lang: en\n', 'lang: en\ndeck:\n  notes: replace\n');
    writeFileSync(join(dir, 'forts.md'), source);
    const out = join(dir, 'dist');
    const run = runCli(['build', join(dir, 'forts.md'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(await notesOf(join(out, 'forts-on-the-irtysh-deck/index.html'))).toBe('Pause here and ask the room where the Irtysh rises.');
  });
});

describe('a deck of headings only (a talk’s outline)', () => {
  it('makes a title slide of every heading, centred, and no slide with an empty body', async () => {
    const built = build('deck-pandoc-outline', 'outline.md');
    const html = readFileSync(built.deck, 'utf8');
    expect(html).not.toContain('slide-body');
    const { page, context } = await openFile(browser, built.deck, { width: 1280, height: 720 });
    await revealReady(page);
    const shown = await shownSlides(page);
    expect(shown.map((slide) => [slide.id, slide.text])).toEqual([
      ['deck-title', 'Outline'],
      ['deck-morning', 'Morning'],
      ['getting-up', 'Getting up'],
      ['breakfast', 'Breakfast'],
      ['deck-evening', 'Evening'],
      ['dinner', 'Dinner'],
    ]);
    expect(await page.$$eval('.reveal .slides section:not(.stack):not(.chapter-stack)', (all) => all.every((slide) => slide.classList.contains('center')))).toBe(true);
    await context.close();
    await screenshots(built.deck, 'getting-up', 'deck-pandoc-outline');
  });
});
