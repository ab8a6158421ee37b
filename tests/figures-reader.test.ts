/**
 * The figures in a reader's hands (issue 21): on a 390-pixel phone every text of a figure is at
 * least the body's size, on the page (its narrow drawing shown, the wide one hidden) and in the
 * EPUB in foliate-js; on a desktop the page's wide drawing reads at the body's size too; and both
 * follow a dark scheme: the page's figures and the EPUB's SVG images repaint their card and ink,
 * the PNG meant for Kindle stays hidden. Measured on the flagship in Chromium; screenshots at
 * phone and desktop sizes, light and dark, land in tests/output/.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/pipeline/index.ts';
import { projectRoot } from '../scripts/resources.ts';
import { darkColours, card, ink } from '../scripts/figures/palette.ts';
import { launch, output } from './helpers/browser.ts';
import { buildEpub, unpack, type BuiltEpub } from './helpers/epub.ts';
import { serveFoliate, type FoliateServer } from './helpers/foliate.ts';

let browser: Browser;
let pagePath: string;
let epub: BuiltEpub;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-figures-reader-')), 'dist');
  const result = await build({ dir: join(projectRoot, 'manuscript'), out, formats: ['html'] });
  if (!result.ok) throw new Error(result.files.flatMap((f) => f.messages.map(String)).join('\n'));
  pagePath = join(out, 'dzungar-russian-conflicts.html');
  epub = buildEpub(join(projectRoot, 'manuscript'));
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The body's font size, and every visible figure text's size as painted (font size × the drawing's scale), smallest first. */
function measurePage(page: Page) {
  return page.evaluate(() => {
    const body = parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize);
    const texts: Array<{ text: string; px: number }> = [];
    const drawings: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.figure svg')) {
      if (svg.getBoundingClientRect().width === 0) continue;
      drawings.push(svg.closest('.figure-drawing')?.classList.contains('figure-narrow') ? 'narrow' : 'wide');
      const scale = svg.getScreenCTM()!.a;
      for (const t of svg.querySelectorAll('text, tspan')) {
        if (![...t.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')) continue;
        texts.push({ text: (t.textContent ?? '').slice(0, 30), px: parseFloat(getComputedStyle(t).fontSize) * scale });
      }
    }
    texts.sort((a, b) => a.px - b.px);
    return { body, texts, drawings: [...new Set(drawings)] };
  });
}

describe('the page', () => {
  for (const [width, height, drawing] of [[390, 844, 'narrow'], [1280, 900, 'wide']] as const) {
    it(`shows the ${drawing} drawings at ${width} px, every text at least the body’s size`, async () => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`file://${pagePath}`);
      const { body, texts, drawings } = await measurePage(page);
      expect(drawings).toEqual([drawing]);
      expect(texts.length).toBeGreaterThan(100);
      expect(texts.filter((t) => t.px < body - 0.01).map((t) => `${t.text}: ${t.px.toFixed(1)} px < ${body} px`)).toEqual([]);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  }

  it('follows a dark scheme: the figures’ card and ink take their dark colours (screenshots at 390 and 1280 px, light and dark)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [[390, 844], [1280, 900]] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`file://${pagePath}`);
        const paint = await page.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>('figure.figure svg')]
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .map((svg) => ({ card: getComputedStyle(svg.querySelector('rect')!).fill, ink: getComputedStyle(svg).fill })),
        );
        const expected = scheme === 'dark' ? { card: rgb(darkColours.get(card)!), ink: rgb(darkColours.get(ink)!) } : { card: rgb(card), ink: rgb(ink) };
        expect(paint.length).toBeGreaterThan(1);
        for (const p of paint) expect(p).toEqual(expected);
        for (const id of ['figure-timeline', 'figure-map']) {
          const figure = page.locator(`#${id} .figure-drawing:visible`).first();
          await figure.screenshot({ path: output(`figures-page-${width}-${scheme}-${id.replace('figure-', '')}.png`) });
        }
        await context.close();
      }
    }
  });
});

describe('the EPUB in foliate-js on a 390×844 phone', () => {
  let server: FoliateServer;
  beforeAll(async () => {
    server = await serveFoliate(epub.bytes, readerPage);
  });
  afterAll(() => server.close());

  /** Turns the pages of chapter 1 until the figures have shown, measuring each figure image where it is painted. */
  async function turnThrough(page: Page, screenshots: string | undefined) {
    const seen = new Map<string, { key: string; width: number; natural: number; body: number; raster: boolean; card: string }>();
    for (let turn = 0; turn < 40; turn++) {
      for (const frame of page.frames()) {
        const images = await frameImages(frame);
        for (const image of images) if (!seen.has(image.key)) seen.set(image.key, image);
      }
      if (screenshots && turn < 12) await page.screenshot({ path: output(`${screenshots}-${String(turn + 1).padStart(2, '0')}.png`) });
      if (turn >= 7 && [...seen.keys()].some((key) => key.startsWith('Map'))) break;
      await page.evaluate(() => (window as unknown as { view: { next(): Promise<void> } }).view.next());
      await page.waitForTimeout(300);
    }
    return [...seen.values()];
  }

  it('shows every figure’s SVG at 19 em, its 16-unit type at least the body’s size, and hides the PNG meant for Kindle', async () => {
    // Every text in the EPUB's figure images is 16 units or more.
    const sizes = [...epub.entries.keys()].filter((name) => name.endsWith('.svg')).flatMap((name) => [...epub.text(name).matchAll(/font-size="([\d.]+)"/g)].map(([, size]) => Number(size)));
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => 'ready' in window, undefined, { timeout: 30_000 });
    const shown = await turnThrough(page, 'figures-epub-foliate-390-light');
    expect(shown.length).toBeGreaterThan(5);
    for (const image of shown) {
      expect(image.raster, 'the PNG is hidden').toBe(false);
      // 16 units drawn at width/natural px each.
      expect((16 * image.width) / image.natural, 'type at the body’s size').toBeGreaterThanOrEqual(image.body - 0.01);
    }
    await context.close();
  }, 120_000);

  it('repaints the SVG images in a dark scheme (no light panel left), screenshots light and dark', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => 'ready' in window, undefined, { timeout: 30_000 });
    const shown = await turnThrough(page, 'figures-epub-foliate-390-dark');
    expect(shown.length).toBeGreaterThan(5);
    // The ground as painted, just inside the image's top-left corner below the rounding: the dark
    // card (or, on the map, the dark land), never a light colour.
    const dark = new Set([...darkColours.values()].map(rgb));
    for (const image of shown) expect(dark, `${image.key}: ${image.card}`).toContain(image.card);
    await context.close();
  }, 120_000);
});

describe('the EPUB’s SVG images opened alone', () => {
  it('take the dark colours under prefers-color-scheme: dark, and keep the light ones otherwise', async () => {
    const dir = unpack(epub);
    const svgs = [...epub.entries.keys()].filter((name) => name.endsWith('.svg'));
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const name of svgs) {
        await page.goto(`file://${join(dir, name)}`);
        const fill = await page.evaluate(() => getComputedStyle(document.querySelector('rect')!).fill);
        expect(fill, `${name} ${scheme}`).toBe(rgb(scheme === 'dark' ? darkColours.get(card)! : card));
      }
      await context.close();
    }
  });
});

async function frameImages(frame: Frame) {
  return frame
    .evaluate(async () => {
      const all = [...document.querySelectorAll<HTMLImageElement>('img.figure-vector, img.figure-raster')];
      await Promise.all(all.map((img) => img.decode().catch(() => undefined)));
      const body = parseFloat(getComputedStyle(document.body).fontSize);
      return all
        .filter((img) => {
          const box = img.getBoundingClientRect();
          return box.width > 0 && box.right > 0 && box.left < innerWidth;
        })
        .map((img) => {
          const box = img.getBoundingClientRect();
          // What is painted: foliate-js caps an image at the page height (object-fit: contain).
          const width = Math.min(box.width, (box.height * img.naturalWidth) / img.naturalHeight);
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          let card = '';
          try {
            const [r, g, b] = ctx.getImageData(4, 12, 1, 1).data;
            card = `rgb(${r}, ${g}, ${b})`;
          } catch {
            card = 'unreadable';
          }
          return { key: img.alt + (img.classList.contains('figure-raster') ? ' png' : ''), width, natural: img.naturalWidth, body, raster: img.classList.contains('figure-raster'), card };
        });
    })
    .catch(() => []);
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** foliate-js's <foliate-view> over a local server, opened at the start of the text. */
const readerPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>foliate-js</title>
<style>html, body { margin: 0; height: 100%; } foliate-view { display: block; width: 100%; height: 100%; }</style></head>
<body><script type="module">
import '/foliate/view.js';
const view = document.createElement('foliate-view');
document.body.append(view);
window.view = view;
await view.open('/book.epub');
await view.init({ showTextStart: true });
await new Promise((resolve) => setTimeout(resolve, 500));
window.ready = true;
</script></body></html>`;
