/**
 * The figures in real Chromium: the SVG parses as standalone XML (what the EPUB ships), every
 * rendered text's getBBox() lies inside the viewBox and touches no other, and screenshots of the
 * page at phone and desktop widths and of the slide layout at 1280×720 land in tests/output/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/pipeline/index.ts';
import { createFigureRenderer } from '../scripts/figures/renderer.ts';
import { projectRoot } from '../scripts/resources.ts';
import { launch, openFile, output } from './helpers/browser.ts';

const fixtureDir = join(projectRoot, 'tests/fixtures/figures-book');
let browser: Browser;
let pagePath: string;
let slidePath: string;
let standalone: string[];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'triptych-figures-'));
  const result = await build({ dir: fixtureDir, out, formats: ['html'] });
  if (!result.manuscript || !result.ok) throw new Error(result.files.flatMap((f) => f.messages.map(String)).join('\n'));
  pagePath = join(out, `${result.manuscript.slug}.html`);
  const renderer = createFigureRenderer(result.manuscript);
  const slides = (['timeline', 'map'] as const).map((name) => renderer.figure(name, {}, { frame: 'slide' })!);
  // Every drawing of a figure: a slide's one, the book's wide and narrow ones.
  const svgsOf = (figure: Element) => {
    const found: Element[] = [];
    visit(figure, 'element', (e: Element) => {
      if (e.tagName === 'svg') found.push(e);
    });
    return found;
  };
  const svgOf = (figure: Element) => svgsOf(figure)[0]!;
  standalone = [...slides, renderer.figure('timeline', {})!, renderer.figure('map', { chapter: 'yamyshev' })!].flatMap(svgsOf).map((svg) => toHtml(svg, { space: 'svg' }));
  // The slide layout alone, scaled to a 1280×720 viewport as the deck shows it.
  slidePath = join(out, 'slides.html');
  writeFileSync(
    slidePath,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>slides</title><style>body{margin:0;background:#222}section{width:1280px;height:720px;display:flex;align-items:center;justify-content:center}svg{max-height:700px;width:auto!important}</style>` +
      slides.map((f, i) => `<section id="s${i}">${toHtml(svgOf(f))}</section>`).join('') +
      '</html>',
  );
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

interface Measured {
  viewBox: number[];
  boxes: Array<{ text: string; x: number; y: number; width: number; height: number }>;
}

/**
 * getBBox() of every <text> in each figure's SVG, in the SVG's user units: a part of a drawing in
 * parts is moved up by a `translate` (figures/svg-parts.ts), so each box is taken through the
 * text's transform to the root's units.
 */
function measure(page: Page, selector: string): Promise<Measured[]> {
  return page.$$eval(selector, (svgs) =>
    svgs.map((svg) => {
      const root = (svg as SVGSVGElement).getScreenCTM()!.inverse();
      return {
        viewBox: (svg.getAttribute('viewBox') ?? '').split(' ').map(Number),
        boxes: [...svg.querySelectorAll('text')].map((t) => {
          const b = (t as SVGTextElement).getBBox();
          const m = root.multiply((t as SVGTextElement).getScreenCTM()!);
          const from = new DOMPoint(b.x, b.y).matrixTransform(m);
          const to = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
          return { text: t.textContent ?? '', x: from.x, y: from.y, width: to.x - from.x, height: to.y - from.y };
        }),
      };
    }),
  );
}

function problems({ viewBox, boxes }: Measured): string[] {
  const [vx = 0, vy = 0, vw = 0, vh = 0] = viewBox;
  const out: string[] = [];
  for (const b of boxes) if (b.x < vx || b.y < vy || b.x + b.width > vx + vw || b.y + b.height > vy + vh) out.push(`outside: ${b.text}`);
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`${a.text} × ${b.text}`);
    }),
  );
  return out;
}

describe('the figures in Chromium', () => {
  it('parse as standalone SVG documents (what the EPUB carries as images)', async () => {
    const { page, context } = await openFile(browser, pagePath);
    const errors = await page.evaluate(
      (sources) => sources.map((source) => new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('parsererror')?.textContent ?? ''),
      standalone,
    );
    expect(errors).toEqual(standalone.map(() => ''));
    await context.close();
  });

  for (const width of [375, 1280]) {
    it(`render in the page at ${width} px with every label inside its viewBox and no two labels touching`, async () => {
      const { page, context, errors } = await openFile(browser, pagePath, { width, height: 900 });
      // Three figures; the wide timeline in parts, one <svg> each (render/html/split-drawings.ts),
      // the narrow one whole; only the drawings the screen's width selects are shown.
      expect(await page.locator('figure.figure').count()).toBe(3);
      const figures = await measure(page, `figure.figure .figure-${width < 680 ? 'narrow' : 'wide'} svg`);
      expect(figures.length).toBeGreaterThanOrEqual(3);
      for (const figure of figures) {
        expect(figure.boxes.length).toBeGreaterThan(10);
        expect(problems(figure)).toEqual([]);
      }
      for (const id of ['figure-timeline', 'figure-map', 'figure-map-yamyshev']) {
        await page.locator(`#${id} .figure-drawing:visible`).first().screenshot({ path: output(`figures-page-${width}-${id.replace('figure-', '')}.png`) });
      }
      // Drawn no wider than the column: the SVG scales down on a phone.
      const overflow = await page.$$eval('figure.figure svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().right - document.documentElement.clientWidth));
      for (const o of overflow) expect(o).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('render the slide layouts at 1280×720 with labels inside and apart', async () => {
    const { page, context } = await openFile(browser, slidePath, { width: 1280, height: 720 });
    for (const figure of await measure(page, 'svg')) expect(problems(figure)).toEqual([]);
    await page.locator('#s0').screenshot({ path: output('figures-slide-timeline.png') });
    await page.locator('#s1').screenshot({ path: output('figures-slide-map.png') });
    await context.close();
  });
});
