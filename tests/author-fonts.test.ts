/**
 * The author's fonts (`fonts`): embedded in the EPUB (TrueType, manifest items, `@font-face` in
 * epub.css) and in the page (WOFF2 `data:` URIs), each subset to the characters the book uses (its
 * own character map, read with harfbuzz, holds every one of them and few more), set on the body
 * and the headings as `use` says; a file that is no font is reported at its `file` value.
 */
import { Blob, Face } from 'harfbuzzjs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textCharacters } from '../scripts/render/epub/embedded-font.ts';
import { launch, openFile, outputDir } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { buildEpub, describeMessages, epubcheck } from './helpers/epub.ts';

const cmap = (data: Uint8Array) => new Set([...new Face(new Blob(data), 0).collectUnicodes()].map((code) => String.fromCodePoint(code)));
const original = cmap(readFileSync(join(fixture('author-fonts'), 'fonts/LiberationSerif-Regular.ttf')));

describe('the author’s fonts', () => {
  it('are embedded in the EPUB, subset to every character its documents use, set on body and headings; EPUBCheck finds nothing', () => {
    const book = buildEpub(fixture('author-fonts'));
    const opf = book.text('OEBPS/content.opf');
    expect(opf).toContain('<item id="author-face-1" href="fonts/liberation-serif-face-1.ttf" media-type="font/ttf"/>');
    expect(opf).toContain('<item id="author-face-2" href="fonts/liberation-sans-face-2.ttf" media-type="font/ttf"/>');
    const css = book.text('OEBPS/epub.css');
    expect(css).toContain('@font-face { font-family: "Liberation Serif"; font-style: normal; font-weight: normal; src: url("fonts/liberation-serif-face-1.ttf"); }');
    expect(css).toContain('@font-face { font-family: "Liberation Sans"; font-style: normal; font-weight: bold; src: url("fonts/liberation-sans-face-2.ttf"); }');
    // After the embedded serif's rule, so the author's family wins, with it as the fallback.
    expect(css.indexOf('body { font-family: "Liberation Serif", "Triptych Serif", serif; }')).toBeGreaterThan(css.indexOf('body { font-family: "Triptych Serif", serif; }'));
    expect(css).toContain('h1, h2, h3, h4, h5, h6 { font-family: "Liberation Sans", "Triptych Serif", serif; }');
    const documents = [...book.entries.keys()].filter((name) => name.endsWith('.xhtml')).map((name) => book.text(name));
    const used = [...textCharacters(documents)].filter((c) => !/\s/u.test(c));
    expect(used).toEqual(expect.arrayContaining(['Я', 'Т', 'ы']));
    for (const file of ['OEBPS/fonts/liberation-serif-face-1.ttf', 'OEBPS/fonts/liberation-sans-face-2.ttf']) {
      const covered = cmap(book.entries.get(file)!);
      expect(used.filter((c) => original.has(c) && !covered.has(c)), file).toEqual([]);
      // A subset: Cyrillic letters the book does not use are gone, and far fewer than the font's ~2,600.
      expect(covered.has('Ж'), file).toBe(false);
      expect(covered.size, file).toBeLessThan(200);
    }
    expect(original.has('Ж')).toBe(true);
    expect(describeMessages(epubcheck(book.path).messages)).toEqual([]);
  }, 300_000);

  describe('in the page', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-fonts-')), 'dist');
    let browser: Browser;
    beforeAll(async () => {
      const run = runCli(['build', fixture('author-fonts'), '--out', out]);
      expect(run.status, run.stderr).toBe(0);
      browser = await launch();
    }, 300_000);
    afterAll(async () => browser?.close());

    it('are WOFF2 data: URIs that Chromium loads and sets on the body and the headings', async () => {
      const { page, requests, context } = await openFile(browser, join(out, 'letters-from-tobolsk.html'), { width: 390, height: 844 });
      const state = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          loaded: [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`).sort(),
          body: getComputedStyle(document.querySelector('main p')!).fontFamily,
          heading: getComputedStyle(document.querySelector('main h2')!).fontFamily,
        };
      });
      expect(state).toEqual({ loaded: ['Liberation Sans bold', 'Liberation Serif normal'], body: '"Liberation Serif", serif', heading: '"Liberation Sans", serif' });
      await page.screenshot({ path: join(outputDir, 'author-fonts-page-390.png') });
      expect(requests).toEqual([]);
      await context.close();
    }, 300_000);
  });

  it('reports a file that is no font at its `file` value', () => {
    const run = runCli(['check', fixture('author-fonts-type')]);
    expect(run.stderr).toMatch(/^tests\/fixtures\/author-fonts-type\/book\.md:6:11: error: The font `body\.ttf` is not a TrueType, OpenType, WOFF or WOFF2 font \(judged by its bytes\).*\[font-type\]$/m);
    expect(run.status).toBe(1);
  });
});
