/**
 * How the flagship reads, measured in real Chromium: the EPUB's pages as a paginated e-reader lays
 * them out, its style sheet and accessibility metadata, and the page on a phone, a desktop and
 * paper. Each `describe` states one behaviour a reviewer found missing (the defect in its title).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { h } from 'hastscript';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markBareUrls, readableUrl } from '../scripts/render/html/bare-urls.ts';
import { projectRoot, template } from '../scripts/resources.ts';
import { launch, openFile, output } from './helpers/browser.ts';
import { buildEpub, unpack, type BuiltEpub } from './helpers/epub.ts';
import { fixture } from './helpers/cli.ts';

let browser: Browser;
let book: BuiltEpub;
/** The unpacked EPUB's package directory. */
let oebps: string;
let pagePath: string;
let contentDocuments: string[];

beforeAll(async () => {
  book = buildEpub(join(projectRoot, 'manuscript'));
  oebps = join(unpack(book), 'OEBPS');
  const out = dirname(book.path);
  pagePath = join(out, readdirSync(out).find((name) => name.endsWith('.html'))!);
  contentDocuments = [...book.text('OEBPS/content.opf').matchAll(/href="([^"]+)" media-type="application\/xhtml\+xml"/g)].map((match) => match[1]!);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** A phone's page in a paginated reader: 360 × 740 less the reader's header and footer. */
const phonePage = { width: 360, height: 640 };
/** A large phone and a tablet, where a figure falls elsewhere on the page. */
const pageSizes = [phonePage, { width: 414, height: 760 }, { width: 768, height: 960 }];
/** A4 less page.css's `@page` margins (20 mm 18 mm 22 mm), in CSS px. */
const a4Content = { width: (174 * 96) / 25.4, height: (255 * 96) / 25.4 };

/**
 * Lays the open document out in pages the way a paginated reader does: foliate-js (`columnize` in
 * its paginator.js) and Readium make the root element CSS columns one page wide and one page tall,
 * `column-fill: auto`, and the browser's fragmentation engine, the one it prints with, cuts the
 * text into them. Like foliate-js, forced page breaks become column breaks and (in a `reader`)
 * images are no taller than the page. Print cuts pages the same way, so this also shows how the
 * page prints, without the reader's image size. Page `n` is the column at `n × width` across.
 */
async function paginate(page: Page, size: { width: number; height: number }, reader = true): Promise<void> {
  await page.evaluate(({ width, height, reader }) => {
    for (const style of document.querySelectorAll('style')) {
      style.textContent = (style.textContent ?? '').replace(/break-(after|before)\s*:\s*page/g, 'break-$1: column');
    }
    const sheet = document.createElement('style');
    sheet.textContent = `
      html { box-sizing: border-box !important; width: ${width}px !important; height: ${height}px !important; margin: 0 !important; padding: 0 !important;
        column-width: ${width}px !important; column-gap: 0 !important; column-fill: auto !important; overflow: hidden !important; }
      body { margin: 0 !important; max-width: none !important; }
      ${reader ? `img, svg { max-height: ${height}px !important; }` : ''}`;
    document.head.append(sheet);
  }, { ...size, reader });
  await page.waitForTimeout(50);
}

/** What each page holds: the bottom of its lowest line or image, and which section that belongs to. */
async function pages(page: Page, size: { width: number; height: number }) {
  return page.evaluate(({ width }) => {
    const column = (rect: DOMRect) => Math.floor((rect.left + 1) / width);
    const filled = new Map<number, { bottom: number; top: number; lastSection: number; firstSection: number }>();
    // The title block, each chapter, the bibliography: the parts a forced page break separates.
    const sections = [...document.querySelectorAll('header, main > section')];
    const sectionOf = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement!;
      return sections.findIndex((section) => section.contains(element));
    };
    const record = (node: Node, rects: Iterable<DOMRect>) => {
      for (const rect of rects) {
        if (rect.width === 0 || rect.height === 0) continue;
        const n = column(rect);
        const page = filled.get(n) ?? { bottom: -Infinity, top: Infinity, lastSection: -1, firstSection: -1 };
        if (rect.bottom > page.bottom) Object.assign(page, { bottom: rect.bottom, lastSection: sectionOf(node) });
        if (rect.top < page.top) Object.assign(page, { top: rect.top, firstSection: sectionOf(node) });
        filled.set(n, page);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent?.trim() || text.parentElement?.closest('svg, [hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      record(text, range.getClientRects());
    }
    for (const image of document.querySelectorAll('img, svg:not(svg svg)')) record(image, image.getClientRects());
    const last = Math.max(...filled.keys());
    return [...Array(last + 1).keys()].map((n) => filled.get(n) ?? { bottom: 0, top: 0, lastSection: -1, firstSection: -1 });
  }, size);
}

/** The columns (pages) that each fragment of `selector`'s elements falls on, per element. */
async function columnsOf(page: Page, selector: string, width: number): Promise<number[][]> {
  return page.$$eval(selector, (elements, width) => elements.map((element) => [...element.getClientRects()].filter((r) => r.height > 0).map((r) => Math.floor((r.left + 1) / width))), width);
}

describe('bare URLs in the page: shown decoded for reading (the percent-encoded Russian address)', () => {
  const encoded = 'https://wikirussya.com/%D0%91%D0%B8%D0%BA%D0%B0%D1%82%D1%83%D0%BD%D1%81%D0%BA%D0%B8%D0%B9_%D0%BE%D1%81%D1%82%D1%80%D0%BE%D0%B3';

  it('shows an address in another script as letters, and keeps its href as written', () => {
    const link = h('a', { href: encoded }, encoded);
    markBareUrls(h('li', [link]));
    expect(link.properties['href']).toBe(encoded);
    expect(link.properties['className']).toEqual(['bare-url']);
    expect(link.children).toEqual([{ type: 'text', value: 'https://wikirussya.com/Бикатунский_острог' }]);
  });

  it('leaves encoded what decoding would change or hide: ASCII escapes, bytes that are not UTF-8, invisible characters', () => {
    for (const url of ['http://x.de/a%20b%2Fc%25d', 'https://x.ru/%D0', 'https://x.ru/%FF%FE', 'https://x.org/a%E2%80%AEb', 'https://x.org/a%C2%A0b', 'https://x.org/%E2%80%8B']) {
      expect(readableUrl(url), url).toBe(url);
    }
    expect(readableUrl('https://x.ru/%D0%B0%20%D0%B1')).toBe('https://x.ru/а%20б');
  });

  it('prints no bare URL on the flagship page as percent-encoded letters', async () => {
    const { page, context } = await openFile(browser, pagePath);
    const texts = await page.$$eval('a.bare-url', (links) => links.map((a) => a.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((text) => /%[C-F][0-9A-F]%[89AB][0-9A-F]/i.test(text))).toEqual([]);
    await context.close();
  });
});

describe('reflow (WCAG 2.1 SC 1.4.10): nothing scrolls sideways at 320–360 px (the bibliography’s long URLs)', () => {
  it('fits every EPUB content document into 360 px', async () => {
    const wide: Record<string, number> = {};
    for (const name of contentDocuments) {
      const { page, context } = await openFile(browser, join(oebps, name), { width: 360, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide[name] = overflow;
      if (name === 'bibliography.xhtml') await page.screenshot({ path: output('presentation-epub-bibliography-360.png') });
      await context.close();
    }
    expect(wide).toEqual({});
  });

  it('fits the page into 320 px with every figure’s text alternative open, on screen and in print', async () => {
    const { page, context } = await openFile(browser, pagePath, { width: 320, height: 800 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), media).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('EPUB pages in a paginated reader (figures kept whole left half a page blank; table rows split)', () => {
  it('starts a figure right after the text before it when its drawing fits there, though its text alternative runs on over pages', async () => {
    // Each figure of chapter 1 after a short paragraph, so that its first drawing fits below it.
    const chapter = book.text('OEBPS/ch01.xhtml');
    const head = chapter.slice(0, chapter.indexOf('<body'));
    const paragraph = `<p>${'The text before the figure ends here. '.repeat(4)}</p>`;
    const figures = [...chapter.matchAll(/<figure[\s\S]*?<\/figure>/g)].map((match) => match[0]);
    expect(figures.length).toBeGreaterThan(1);
    for (const [index, figure] of figures.entries()) {
      const probe = join(oebps, `figure-probe-${index}.xhtml`);
      writeFileSync(probe, `${head}<body><main>${paragraph}${figure}</main></body></html>`);
      const { page, context } = await openFile(browser, probe, phonePage);
      await paginate(page, phonePage);
      const laid = await page.evaluate((width) => {
        const figure = document.querySelector('figure')!;
        return {
          id: figure.id,
          text: document.querySelector('p')!.getBoundingClientRect().bottom,
          image: figure.querySelector('img')!.getBoundingClientRect().height,
          starts: Math.floor((figure.getClientRects()[0]!.left + 1) / width),
          ends: Math.floor((figure.getClientRects()[figure.getClientRects().length - 1]!.left + 1) / width),
        };
      }, phonePage.width);
      expect(laid.text + laid.image, `${laid.id}: its drawing fits under the paragraph`).toBeLessThan(phonePage.height - 40);
      expect(laid.ends, `${laid.id} runs over pages`).toBeGreaterThan(0);
      expect(laid.starts, `${laid.id} starts on the paragraph's page`).toBe(0);
      await context.close();
    }
  });

  it('keeps each table row on one page, and a drawing on the page of its caption’s first line', async () => {
    for (const size of pageSizes) {
      const { page, context } = await openFile(browser, join(oebps, 'ch01.xhtml'), size);
      await paginate(page, size);
      const rows = await columnsOf(page, 'tr', size.width);
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((columns) => new Set(columns).size > 1), `rows split at ${size.width}×${size.height}`).toEqual([]);
      const together = await page.$$eval(
        'figure',
        (figures, width) =>
          figures.map((figure) => {
            const images = figure.querySelectorAll('img.figure-vector');
            const last = images[images.length - 1]!.getBoundingClientRect();
            const caption = document.createRange();
            caption.selectNodeContents(figure.querySelector('figcaption p')!.firstChild!);
            const line = caption.getClientRects()[0]!;
            return { id: figure.id, image: Math.floor((last.left + 1) / width), caption: Math.floor((line.left + 1) / width) };
          }),
        size.width,
      );
      for (const figure of together) expect(figure.caption, `${figure.id} at ${size.width}×${size.height}`).toBe(figure.image);
      if (size === phonePage) {
        for (const [index] of (await pages(page, size)).entries()) {
          await page.evaluate((x) => document.documentElement.scrollTo(x, 0), index * size.width);
          if (index < 12) await page.screenshot({ path: output(`presentation-epub-ch01-page-${String(index + 1).padStart(2, '0')}.png`) });
        }
      }
      await context.close();
    }
  });
});

describe('the EPUB’s style sheet (the glance unstyled, dead and missing selectors)', () => {
  it('sets the "At a glance" block apart: a rule on every side, inner space, its terms in bold', async () => {
    const { page, context } = await openFile(browser, join(oebps, 'ch01.xhtml'), { width: 360, height: 740 });
    const glance = await page.$eval('.glance', (element) => {
      const style = getComputedStyle(element);
      const term = getComputedStyle(element.querySelector('dt')!);
      return {
        borders: ['Top', 'Right', 'Bottom', 'Left'].map((side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0),
        padding: ['top', 'right', 'bottom', 'left'].map((side) => parseFloat(style.getPropertyValue(`padding-${side}`))),
        term: Number(term.fontWeight),
      };
    });
    expect(glance.borders).toEqual([true, true, true, true]);
    for (const padding of glance.padding) expect(padding).toBeGreaterThan(4);
    expect(glance.term).toBeGreaterThanOrEqual(600);
    await page.locator('.glance').screenshot({ path: output('presentation-epub-glance-360.png') });
    await context.close();
  });

  it('styles every class the content documents use, and every class selector matches an element of the book', async () => {
    const css = template('epub.css').replace(/\/\*[\s\S]*?\*\//g, '');
    const styled = new Set([...css.matchAll(/\.([A-Za-z][\w-]*)/g)].map((match) => match[1]!));
    const used = new Set(contentDocuments.flatMap((name) => [...book.text(`OEBPS/${name}`).matchAll(/ class="([^"]+)"/g)].flatMap((match) => match[1]!.split(/\s+/))));
    expect([...used].filter((name) => !styled.has(name)).sort()).toEqual([]);
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((match) => match[1]!.split(',').map((selector) => selector.trim())).filter((selector) => selector.includes('.'));
    const matched = new Set<string>();
    // The flagship, and the ordinary book for what the flagship does not hold (aligned table columns).
    const ordinary = buildEpub(fixture('ordinary-book'));
    const ordinaryDir = join(unpack(ordinary), 'OEBPS');
    const documents = [...contentDocuments.map((name) => join(oebps, name)), join(ordinaryDir, 'ch01.xhtml')];
    for (const path of documents) {
      const { page, context } = await openFile(browser, path);
      for (const selector of await page.evaluate((selectors) => selectors.filter((selector) => document.querySelector(selector)), selectors)) matched.add(selector);
      await context.close();
    }
    expect(selectors.filter((selector) => !matched.has(selector))).toEqual([]);
  });
});

describe('the EPUB’s accessibility metadata (a conformance claim no one evaluated; a summary that said more than is true)', () => {
  const opf = () => book.text('OEBPS/content.opf');
  const summary = () => /<meta property="schema:accessibilitySummary">([^<]+)<\/meta>/.exec(opf())?.[1] ?? '';

  it('claims no conformance and names no certifier: a build tool is no evaluator, and automated checks test part of WCAG', () => {
    expect(opf()).not.toContain('dcterms:conformsTo');
    expect(opf()).not.toContain('a11y:certifiedBy');
    for (const property of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary']) {
      expect(opf()).toContain(`<meta property="${property}">`);
    }
    expect(summary()).toMatch(/no claim of conformance/i);
  });

  it('says what the timeline’s table carries (its columns) and what it leaves to the drawing, and what the map’s list carries', () => {
    const table = /<table class="figure-table"><thead><tr>(.*?)<\/tr><\/thead>/.exec(book.text('OEBPS/ch01.xhtml'))![1]!;
    const columns = [...table.matchAll(/<th[^>]*>([^<]+)<\/th>/g)].map((match) => match[1]!.toLowerCase());
    expect(columns.length).toBeGreaterThan(1);
    const text = summary().toLowerCase();
    expect(text).not.toMatch(/same information/);
    for (const column of columns) expect(text).toContain(column);
    // The figure shows each event's side by colour and shape: the summary says whether the table has it.
    if (columns.includes('side')) expect(text).not.toMatch(/not the side/);
    else expect(text).toMatch(/not the side/);
    expect(text).toMatch(/coordinates/);
  });
});

describe('the page in print (closed alternatives printed as a dead ▶ line; a blank page before the timeline)', () => {
  it('prints each figure’s text alternative, open, under its label without a disclosure marker', async () => {
    const { page, context } = await openFile(browser, pagePath);
    await page.emulateMedia({ media: 'print' });
    const alternatives = await page.$$eval('details.figure-alternative', (all) =>
      (all as HTMLDetailsElement[]).map((details) => {
        const content = details.querySelector('table, ul, ol')!;
        const summary = details.querySelector('summary')!;
        return { open: details.open, printed: content.checkVisibility(), marker: getComputedStyle(summary).display === 'list-item' };
      }),
    );
    expect(alternatives.length).toBeGreaterThan(1);
    for (const alternative of alternatives) expect(alternative).toEqual({ open: false, printed: true, marker: false });
    await page.pdf({ path: output('presentation-page.pdf'), format: 'A4', printBackground: true });
    await context.close();
  });

  it('leaves no printed page more than half empty, except the last of a chapter', async () => {
    const { page, context } = await openFile(browser, pagePath, { width: 800, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    await paginate(page, a4Content, false);
    const laid = await pages(page, a4Content);
    const sparse = laid
      .map((column, index) => ({ index, ...column, next: laid[index + 1] }))
      .filter(({ next, lastSection }) => next && next.firstSection === lastSection)
      .filter(({ bottom }) => bottom < a4Content.height / 2)
      .map(({ index, bottom }) => `page ${index + 1}: ${Math.round((100 * bottom) / a4Content.height)}% full`);
    expect(laid.length).toBeGreaterThan(10);
    expect(sparse).toEqual([]);
    await context.close();
  });
});

describe('the page’s table of contents (a disclosure with nothing to disclose on a wide screen, empty without ::details-content)', () => {
  /** Chromium's own accessibility tree: the disclosure buttons (`<summary>`) in the contents, and whether each is expanded. */
  async function disclosures(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: Array<{ name: string; value: { value: unknown } }> }> };
    await cdp.detach();
    return nodes
      .filter((node) => !node.ignored && node.role?.value === 'DisclosureTriangle' && node.name?.value.toLowerCase() === 'contents')
      .map((node) => ({ expanded: node.properties?.find((property) => property.name === 'expanded')?.value.value }));
  }

  /** What a browser without `::details-content` (Firefox < 143, Safari < 18.4) applies: every rule but those. */
  async function withoutDetailsContent(page: Page) {
    await page.evaluate(() => {
      const prune = (rules: CSSRuleList, owner: CSSStyleSheet | CSSGroupingRule) => {
        for (let i = rules.length - 1; i >= 0; i--) {
          const rule = rules[i]!;
          if (rule instanceof CSSStyleRule && rule.selectorText.includes('::details-content')) owner.deleteRule(i);
          else if (rule instanceof CSSGroupingRule) prune(rule.cssRules, rule);
        }
      };
      for (const sheet of document.styleSheets) prune(sheet.cssRules, sheet);
    });
  }

  it('is a plain list under a "Contents" heading on a wide screen: nothing to toggle, and the skip link is the first tab stop', async () => {
    const { page, context } = await openFile(browser, pagePath, { width: 1280, height: 800 });
    const nav = page.getByRole('navigation', { name: 'Contents' });
    await expect.poll(() => nav.getByRole('heading', { name: 'Contents' }).isVisible()).toBe(true);
    expect(await nav.getByRole('link').first().isVisible()).toBe(true);
    expect(await disclosures(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // Tabbing on from the top of the page meets links only, never a toggle that does nothing.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.goto(`file://${pagePath}`);
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.activeElement?.tagName ?? ''));
    }
    expect(stops.filter((tag) => tag !== 'A')).toEqual([]);
    await page.screenshot({ path: output('presentation-page-1280.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: output('presentation-page-1280-dark.png') });
    await context.close();
  });

  it('lists the chapters on a wide screen in a browser without ::details-content', async () => {
    const { page, context } = await openFile(browser, pagePath, { width: 1280, height: 800 });
    await withoutDetailsContent(page);
    const links = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    expect(await links.first().isVisible()).toBe(true);
    await context.close();
  });

  for (const supported of [true, false]) {
    it(`is a collapsed disclosure on a phone that opens to the list${supported ? '' : ', also without ::details-content'}`, async () => {
      const { page, context } = await openFile(browser, pagePath, { width: 375, height: 800 });
      if (!supported) await withoutDetailsContent(page);
      const first = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first();
      expect(await first.isVisible()).toBe(false);
      expect(await disclosures(page)).toEqual([{ expanded: false }]);
      if (supported) await page.screenshot({ path: output('presentation-page-375.png') });
      await page.locator('nav summary').click();
      expect(await first.isVisible()).toBe(true);
      expect(await disclosures(page)).toEqual([{ expanded: true }]);
      if (supported) {
        await page.screenshot({ path: output('presentation-page-375-toc.png') });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.screenshot({ path: output('presentation-page-375-toc-dark.png') });
      }
      await context.close();
    });
  }
});

describe('bare URLs in the EPUB', () => {
  it('shows an address in another script as letters in the bibliography, its href as written', () => {
    const bibliography = book.text('OEBPS/bibliography.xhtml');
    const links = [...bibliography.matchAll(/<a href="([^"]+)" class="bare-url">([^<]+)<\/a>/g)];
    expect(links.length).toBeGreaterThan(0);
    expect(links.some(([, href, text]) => href!.includes('%D0') && /[А-я]/.test(text!))).toBe(true);
    for (const [, , text] of links) expect(text).not.toMatch(/%D[0-1]/);
  });
});
