/**
 * Tables in a reader's hands (issue 21): no cell breaks inside a word at 375 and 750 px (a long
 * URL or code may break; words may wrap only at spaces and hyphens), no table wider than its page,
 * and a header row that repeats on every printed or paginated page (`thead` as a
 * table-header-group). Measured in Chromium on the flagship's timeline table, in the EPUB's
 * chapter with epub.css (as foliate-js and Apple Books lay it out) and on the page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEpub, unpack } from './helpers/epub.ts';
import { launch, openFile } from './helpers/browser.ts';
import { build } from '../scripts/pipeline/index.ts';
import { projectRoot } from '../scripts/resources.ts';

let browser: Browser;
let epubDir: string;
let pagePath: string;

beforeAll(async () => {
  epubDir = unpack(buildEpub(join(projectRoot, 'manuscript')));
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-tables-')), 'dist');
  await build({ dir: join(projectRoot, 'manuscript'), out, formats: ['html'] });
  pagePath = join(out, 'dzungar-russian-conflicts.html');
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Every word of every table cell whose letters land on more than one line, and each table's overflow. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('td, th')) {
      if (cell.closest('.bare-url, code')) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Words between spaces; a hyphen or dash is a legitimate place to wrap, so each part counts alone.
        for (const match of text.matchAll(/[^\s\-–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    const overflowing = [...document.querySelectorAll('table')].filter((table) => table.scrollWidth > (table.parentElement?.clientWidth ?? Infinity) + 1).length;
    const headers = [...document.querySelectorAll('thead')].map((thead) => getComputedStyle(thead).display);
    const cells = document.querySelectorAll('td, th').length;
    return { broken, overflowing, headers, cells };
  });
}

describe.each([375, 750])('tables at %i px', (width) => {
  it('in the EPUB: no word broken inside, no table wider than the page, header rows repeat', async () => {
    const { page, context } = await openFile(browser, join(epubDir, 'OEBPS/ch01.xhtml'), { width, height: 800 });
    const { broken, overflowing, headers, cells } = await measure(page);
    expect(cells).toBeGreaterThan(100);
    expect(broken).toEqual([]);
    expect(overflowing).toBe(0);
    expect(new Set(headers)).toEqual(new Set(['table-header-group']));
    await context.close();
  });

  it('on the page: no word broken inside, no table wider than the column', async () => {
    const { page, context } = await openFile(browser, pagePath, { width, height: 800 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const { broken, overflowing } = await measure(page);
    expect(broken).toEqual([]);
    expect(overflowing).toBe(0);
    await context.close();
  });
});

describe('notes where a reader hides footnote asides (Apple Books, foliate-js)', () => {
  it('leave nothing visible at a chapter’s end: no empty "Notes" heading, no stray rule', async () => {
    const { page, context } = await openFile(browser, join(epubDir, 'OEBPS/ch02.xhtml'), { width: 375, height: 800 });
    const shown = await page.evaluate(() => {
      const notes = document.querySelector('section.footnotes')!;
      const before = notes.getBoundingClientRect().height;
      // What those readers do: hide every aside marked as a footnote.
      for (const aside of document.querySelectorAll('aside')) if (aside.getAttribute('epub:type')?.split(/\s+/).includes('footnote')) (aside as HTMLElement).style.display = 'none';
      return { before, after: notes.getBoundingClientRect().height, text: (notes as HTMLElement).innerText.trim(), label: notes.getAttribute('aria-label') };
    });
    expect(shown.before).toBeGreaterThan(0);
    expect(shown).toMatchObject({ after: 0, text: '', label: 'Notes' });
    await context.close();
  });
});
