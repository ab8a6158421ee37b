/**
 * What most books hold (tests/fixtures/ordinary-book: pandoc's pipe-table example with every
 * alignment, a table with a footnote, a link and code in its cells, nested and task lists, a link in
 * a heading, code blocks, PNG, JPEG, GIF and SVG images, quotations, rules, links between chapter
 * files) is valid in every output: EPUBCheck reports nothing, axe-core finds nothing on the page,
 * and a column's alignment is a class the stylesheets honour, not HTML's obsolete `align`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../scripts/diagnostics/format.ts';
import { build } from '../scripts/pipeline/index.ts';
import { projectRoot } from '../scripts/resources.ts';
import { axe, launch, openFile, output } from './helpers/browser.ts';
import { fixture } from './helpers/cli.ts';
import { buildEpub, describeMessages, epubcheck, unpack } from './helpers/epub.ts';

let browser: Browser;
let out: string;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'triptych-ordinary-')), 'out');
  const result = await build({ dir: fixture('ordinary-book'), out });
  expect(collect(result.files, projectRoot)).toEqual([]);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('an ordinary book', () => {
  it('makes an EPUB with no EPUBCheck error or warning', () => {
    const { messages } = epubcheck(join(out, 'an-ordinary-book.epub'));
    expect(describeMessages(messages.filter((m) => m.severity !== 'INFO' && m.severity !== 'USAGE'))).toEqual([]);
  }, 300_000);

  it('writes column alignment as classes in every output, never as `align`', () => {
    const epub = buildEpub(fixture('ordinary-book'));
    const page = readFileSync(join(out, 'an-ordinary-book.html'), 'utf8');
    for (const text of [epub.text('OEBPS/ch01.xhtml'), page]) {
      expect(text).not.toMatch(/<t[dh][^>]* align=/);
      expect(text).toContain('<th class="align-right">Right</th>');
      expect(text).toContain('<td class="align-center">12</td>');
    }
    expect(epub.text('OEBPS/epub.css')).toContain('td.align-right { text-align: right; }');
  });

  it('aligns the columns on the page and in the EPUB’s chapter as the table says', async () => {
    const epub = unpack(buildEpub(fixture('ordinary-book')));
    for (const path of [join(out, 'an-ordinary-book.html'), join(epub, 'OEBPS/ch01.xhtml')]) {
      const { page, context } = await openFile(browser, path);
      const aligns = await page.$$eval('table:first-of-type tr:nth-child(2) td', (cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
      expect(aligns).toEqual(['right', 'left', 'left', 'center']);
      await context.close();
    }
  });

  it('has no axe-core violations on the page, on a phone and a desktop', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const { page, context } = await openFile(browser, join(out, 'an-ordinary-book.html'), viewport);
      expect((await axe(page)).map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: output(`ordinary-book-${viewport.width}.png`), fullPage: true });
      await context.close();
    }
  });
});
