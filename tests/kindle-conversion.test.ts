/**
 * The figures on the way to a Kindle (issue 21): Amazon's converters drop SVG `<text>`, so every
 * figure also ships as a PNG, shown under `@media amzn-kf8, amzn-mobi`. calibre's
 * `ebook-convert book.epub book.azw3` emulates those media types; its AZW3, converted back,
 * shows what a Kindle path made of the book. Here: every figure image it shows is the book's own
 * PNG, byte for byte (no SVG, no image of calibre's drawing), and the PNG holds the drawing's
 * labels as Chromium draws them. Screenshots of the converted book (rendered in Chromium at phone
 * size, and calibre's PDF of it) land in tests/output/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { launch, openFile, output } from './helpers/browser.ts';
import { ebookConvert } from './helpers/calibre.ts';
import { buildEpub, unpack, type BuiltEpub } from './helpers/epub.ts';

let browser: Browser;
let book: BuiltEpub;
let work: string;
/** The AZW3 converted back to an EPUB by calibre, unpacked. */
let back: string;
/** Each figure image of the book's chapters: its alt text and its PNG's bytes. */
let rasters: Array<{ alt: string; png: Uint8Array }>;

beforeAll(async () => {
  book = buildEpub(join(projectRoot, 'manuscript'));
  work = mkdtempSync(join(tmpdir(), 'triptych-kindle-'));
  ebookConvert(book.path, join(work, 'book.azw3'));
  ebookConvert(join(work, 'book.azw3'), join(work, 'back.epub'));
  back = join(work, 'back');
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(join(work, 'back.epub')))))) {
    if (name.endsWith('/')) continue;
    const path = join(back, name);
    spawnSync('mkdir', ['-p', dirname(path)]);
    writeFileSync(path, data);
  }
  rasters = [...book.entries.keys()]
    .filter((name) => /^OEBPS\/ch\d+\.xhtml$/.test(name))
    .flatMap((name) => [...book.text(name).matchAll(/<img src="(figures\/[^"]+\.png)" alt="([^"]*)" class="figure-image figure-raster"/g)])
    .map(([, src, alt]) => ({ alt: alt!, png: book.entries.get(`OEBPS/${src}`)! }));
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('calibre’s Kindle conversion (EPUB → AZW3)', () => {
  it('shows every figure as the book’s own PNG, byte for byte, and no figure as SVG', async () => {
    expect(rasters.length).toBeGreaterThan(5);
    const documents = readdirSync(join(back, 'text')).filter((name) => name.endsWith('.html')).sort();
    const shown: Array<{ alt: string; src: string; document: string }> = [];
    for (const document of documents) {
      const { page, context } = await openFile(browser, join(back, 'text', document), { width: 390, height: 844 });
      const images = await page.$$eval('img', (imgs) =>
        imgs
          .filter((img) => getComputedStyle(img).display !== 'none' && img.getBoundingClientRect().width > 0)
          .map((img) => ({ alt: img.alt, src: img.getAttribute('src') ?? '' })),
      );
      shown.push(...images.filter((image) => image.alt.startsWith('Timeline') || image.alt.startsWith('Map')).map((image) => ({ ...image, document })));
      await context.close();
    }
    // Each figure image once, in order, each the PNG the book ships for it.
    expect(shown.map((image) => image.alt)).toEqual(rasters.map((raster) => raster.alt));
    for (const [k, image] of shown.entries()) {
      expect(image.src, image.alt).toMatch(/\.png$/);
      const bytes = readFileSync(join(back, 'text', image.src));
      expect(Buffer.compare(bytes, Buffer.from(rasters[k]!.png)), `${image.alt}: ${relative(back, join(back, 'text', image.src))}`).toBe(0);
    }
  }, 300_000);

  it('keeps the labels whole: the PNG is the drawing as Chromium draws the SVG, label for label', async () => {
    // Every raster against Chromium's rendering of the same SVG at the same scale: the pixels of
    // the text must agree (a missing font, a label run into another or cut at the edge would not).
    const dir = unpack(book);
    const chapter = book.text('OEBPS/ch01.xhtml');
    const pairs = [...chapter.matchAll(/<img src="(figures\/[^"]+)\.svg"/g)].map(([, stem]) => stem!);
    expect(pairs.length).toBeGreaterThan(5);
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const stem of pairs) {
      await page.goto(`file://${join(dir, 'OEBPS', `${stem}.svg`)}`);
      const differing = await page.evaluate(async (png: string) => {
        const svg = document.documentElement;
        const width = Number(svg.getAttribute('width'));
        const height = Number(svg.getAttribute('height'));
        const draw = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = new OffscreenCanvas(width * 2, height * 2);
          const ctx = canvas.getContext('2d')!;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, width * 2, height * 2);
          ctx.drawImage(img, 0, 0, width * 2, height * 2);
          return ctx.getImageData(0, 0, width * 2, height * 2).data;
        };
        const chromium = await draw(`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(new XMLSerializer().serializeToString(svg))))}`);
        const resvg = await draw(`data:image/png;base64,${png}`);
        // Dark pixels (text, marks, lines) in one and not near the other: 3×3 neighbourhood, so
        // anti-aliasing half a pixel apart does not count.
        const dark = (data: Uint8ClampedArray, i: number) => data[i]! + data[i + 1]! + data[i + 2]! < 300;
        const w = width * 2;
        const near = (data: Uint8ClampedArray, x: number, y: number) => {
          for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (dark(data, ((y + dy) * w + x + dx) * 4)) return true;
          return false;
        };
        let inked = 0;
        let missing = 0;
        for (let y = 1; y < height * 2 - 1; y++) {
          for (let x = 1; x < w - 1; x++) {
            const i = (y * w + x) * 4;
            if (dark(chromium, i)) {
              inked++;
              if (!near(resvg, x, y)) missing++;
            } else if (dark(resvg, i) && !near(chromium, x, y)) missing++;
          }
        }
        return { inked, missing };
      }, Buffer.from(book.entries.get(`OEBPS/${stem}.png`)!).toString('base64'));
      expect(differing.inked, stem).toBeGreaterThan(1000);
      expect(differing.missing / differing.inked, stem).toBeLessThan(0.02);
    }
    await context.close();
  }, 300_000);

  it('reads as a book in calibre’s own rendering of the AZW3 (screenshots: Chromium at 390×844 and calibre’s PDF)', async () => {
    const chapter = readdirSync(join(back, 'text'))
      .filter((name) => name.endsWith('.html'))
      .sort()
      .filter((name) => readFileSync(join(back, 'text', name), 'utf8').includes('figure-image'));
    expect(chapter.length).toBeGreaterThan(0);
    for (const [index, name] of chapter.slice(0, 4).entries()) {
      const { page, context } = await openFile(browser, join(back, 'text', name), { width: 390, height: 844 });
      await page.screenshot({ path: output(`kindle-calibre-390-${index + 1}.png`), fullPage: true });
      await context.close();
    }
    ebookConvert(join(work, 'book.azw3'), join(work, 'book.pdf'));
    // The PDF's pages that carry images (the figures, the cover), as PNG.
    const list = spawnSync('pdfimages', ['-list', join(work, 'book.pdf')], { encoding: 'utf8' }).stdout;
    const pages = [...new Set(list.split('\n').slice(2).map((line) => Number(line.trim().split(/\s+/)[0])).filter((n) => n > 1))].slice(0, 6);
    expect(pages.length).toBeGreaterThan(1);
    for (const n of pages) {
      const run = spawnSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(n), '-l', String(n), join(work, 'book.pdf'), output(`kindle-calibre-pdf-page-${n}`)]);
      expect(run.status).toBe(0);
    }
  }, 300_000);
});
