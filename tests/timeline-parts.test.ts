/**
 * The timeline of a long history (tests/fixtures/timeline-book: the flagship's 31 events), as
 * reviewers read it: events of the same date in the author's order, the years named as the events
 * are dated, slides whose type is printed at 22–24 px on a 1280×720 screen, and an EPUB whose
 * timeline comes in page-sized images that a paginated reader (foliate-js) shows full width.
 * Screenshots of the slides and of the EPUB pages land in tests/output/.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { build, check } from '../scripts/pipeline/index.ts';
import type { Manuscript } from '../scripts/manuscript/types.ts';
import { createFigureRenderer } from '../scripts/figures/renderer.ts';
import { slideTimeline } from '../scripts/figures/timeline/timeline-figure.ts';
import { timelineEvents, type TimelineEvent } from '../scripts/figures/timeline/timeline-events.ts';
import { launch, openFile, output } from './helpers/browser.ts';
import { buildEpub, type BuiltEpub } from './helpers/epub.ts';
import { fixture } from './helpers/cli.ts';
import { serveFoliate, type FoliateServer } from './helpers/foliate.ts';

let manuscript: Manuscript;
let items: TimelineEvent[];

beforeAll(async () => {
  const result = await check(fixture('timeline-book'));
  if (!result.manuscript) throw new Error(result.files.flatMap((f) => f.messages.map(String)).join('\n'));
  manuscript = result.manuscript;
  items = timelineEvents(manuscript.book);
});

const textOf = (node: Element): string => {
  let out = '';
  visit(node as unknown as Root, 'text', (t: { value: string }) => {
    out += t.value;
  });
  return out;
};
const child = (node: Element, tagName: string) => node.children.find((c): c is Element => c.type === 'element' && c.tagName === tagName);
/** A figure's first drawing: a slide's only one, or the book's wide one. */
const drawingOf = (figure: Element): Element => {
  let found: Element | undefined;
  visit(figure as unknown as Root, 'element', (e: Element) => {
    if (!found && e.tagName === 'svg') found = e;
  });
  return found!;
};
/** Every `<text>` of an SVG in document order, its lines joined with spaces. */
const texts = (svg: Element): string[] => {
  const out: string[] = [];
  visit(svg as unknown as Root, 'element', (e: Element) => {
    if (e.tagName !== 'text') return;
    const lines = e.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tspan');
    out.push(lines.length ? lines.map(textOf).join(' ') : textOf(e));
  });
  return out;
};
/** The events an SVG labels, in the order they are drawn. */
const drawnEvents = (svg: Element): string[] => texts(svg).flatMap((text) => items.filter((i) => text === `${i.label} ${i.event.title}`).map((i) => i.event.id));
/** The year labels on the axis. */
const axisYears = (svg: Element): number[] => texts(svg).filter((t) => /^\d{4}$/.test(t)).map(Number);
const slideSvgs = (): Element[] => {
  const renderer = createFigureRenderer(manuscript);
  return Array.from({ length: renderer.slidePages('timeline') }, (_, page) => child(renderer.figure('timeline', {}, { frame: 'slide', page })!, 'svg')!);
};

/** The flagship's ties, in the order `events:` lists them. */
function expectAuthorsOrder(ids: readonly string[]): void {
  const after = (id: string, count: number) => ids.slice(ids.indexOf(id), ids.indexOf(id) + count);
  expect(after('gagarin-report', 2)).toEqual(['gagarin-report', 'buchholz-orders']);
  expect(after('urasov-survey', 2)).toEqual(['urasov-survey', 'likharev-organized']);
  expect(after('likharev-expedition', 4)).toEqual(['likharev-expedition', 'zaysan-clash', 'ust-kamenogorsk-founded', 'likharev-return']);
}

describe('the order of events that share a date', () => {
  it('is the front matter’s: Gagarin’s report before the orders (1714), Urasov’s survey before the new expedition (1719), the four events of 1720 as listed', () => {
    expectAuthorsOrder(items.map((i) => i.event.id));
    // Every tie, not just these: same first and last day → the order of `events:`.
    const position = new Map(manuscript.book.events.map((event, index) => [event, index]));
    items.slice(1).forEach((item, i) => {
      const before = items[i]!;
      if (before.start === item.start && before.end === item.end) expect(position.get(before.event)!, item.event.id).toBeLessThan(position.get(item.event)!);
    });
  });

  it('is the order of the book’s drawing, of its event table and of the slides, one after another', () => {
    const ids = items.map((i) => i.event.id);
    const figure = createFigureRenderer(manuscript).figure('timeline', {})!;
    const drawn = drawnEvents(drawingOf(figure));
    expectAuthorsOrder(drawn);
    expect(drawn).toEqual(ids);
    const rows: string[] = [];
    visit(child(figure, 'figcaption')! as unknown as Root, 'element', (e: Element) => {
      if (e.tagName === 'tr' && child(e, 'td')) rows.push(textOf(e.children.filter((c): c is Element => c.type === 'element')[1]!));
    });
    expectAuthorsOrder(rows.map((title) => items.find((i) => i.event.title === title)!.event.id));
    expect(rows).toEqual(items.map((i) => i.event.title));
    const slides = slideSvgs().flatMap(drawnEvents);
    expectAuthorsOrder(slides);
    expect(slides).toEqual(ids);
  });
});

describe('the years a timeline names', () => {
  it('are those the events are dated in: 1582–1720 for the whole, not 1721 (where Julian 1720 ends, New Style)', () => {
    const svg = drawingOf(createFigureRenderer(manuscript).figure('timeline', {})!);
    expect(textOf(child(svg, 'title')!)).toBe('Timeline of 31 events, 1582–1720');
    expect(Math.max(...axisYears(svg))).toBe(1720);
  });

  it('agree with the axis on every slide: the title’s range holds every year label, and its last year is labelled too', () => {
    const svgs = slideSvgs();
    const last = svgs.at(-1)!;
    for (const svg of svgs) {
      const title = textOf(child(svg, 'title')!);
      const [, from, to = from] = /(\d{4})(?:–(\d{4}))?$/.exec(title) ?? [];
      for (const year of axisYears(svg)) {
        expect(year, title).toBeGreaterThanOrEqual(Number(from));
        expect(year, title).toBeLessThanOrEqual(Number(to));
      }
      expect(axisYears(svg), title).toContain(Number(to));
    }
    expect(textOf(child(last, 'title')!)).toMatch(/–1720$/);
  });
});

describe('the timeline on slides', () => {
  it('comes in parts drawn the size a figure slide shows them (at most 1200 × 600), at most eight events each, no label cut short', () => {
    const svgs = slideSvgs();
    expect(svgs.length).toBeGreaterThan(Math.ceil(items.length / 8) - 1);
    for (const [page, svg] of svgs.entries()) {
      const [, , width, height] = String(svg.properties['viewBox']).split(' ').map(Number);
      expect(width, `part ${page + 1}`).toBe(1200);
      expect(height, `part ${page + 1}`).toBeLessThanOrEqual(600);
      expect(drawnEvents(svg).length, `part ${page + 1}`).toBeLessThanOrEqual(8);
      expect(texts(svg).filter((t) => t.includes('…')), `part ${page + 1}`).toEqual([]);
    }
    expect(slideTimeline.titleSize * 0.96).toBeGreaterThanOrEqual(24);
  });
});

describe('the timeline in Chromium and in foliate-js', () => {
  let browser: Browser;
  let epub: BuiltEpub;
  let deck: string;
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'triptych-timeline-'));
    const result = await build({ dir: fixture('timeline-book'), out, formats: ['deck'] });
    if (!result.ok) throw new Error(result.files.flatMap((f) => f.messages.map(String)).join('\n'));
    deck = join(out, 'the-irtysh-line-in-time-deck/index.html');
    epub = buildEpub(fixture('timeline-book'));
    browser = await launch();
  }, 120_000);
  afterAll(async () => browser?.close());

  it('prints every text of every timeline slide at 22 px or more on a 1280×720 screen, the drawing not scaled down', async () => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
    const ids = await page.$$eval('section.figure-slide', (slides) => slides.filter((s) => s.querySelector('.figure-timeline')).map((s) => s.id));
    expect(ids.length).toBe(slideSvgs().length);
    const found: string[] = [];
    for (const [index, id] of ids.entries()) {
      await page.evaluate((slideId) => {
        const reveal = (window as unknown as { Reveal: { getIndices(el: HTMLElement): { h: number; v: number }; slide(h: number, v: number): void } }).Reveal;
        const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
        reveal.slide(h, v);
      }, id);
      await page.waitForTimeout(600); // the fade transition
      const measured = await page.evaluate((slideId) => {
        const svg = document.querySelector<SVGSVGElement>(`#${slideId} figure > svg`)!;
        const scale = svg.getScreenCTM()!.a;
        const reveal = (window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale();
        const sizes = [...svg.querySelectorAll('text, tspan')]
          .filter((t) => [...t.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
          .map((t) => ({ text: (t.textContent ?? '').slice(0, 30), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
        return { drawingScale: scale / reveal, sizes };
      }, id);
      if (Math.abs(measured.drawingScale - 1) > 1e-3) found.push(`${id}: the drawing is scaled by ${measured.drawingScale.toFixed(3)}`);
      found.push(...measured.sizes.filter((s) => s.px < 22 - 1e-6).map((s) => `${id} ${s.text}: ${s.px.toFixed(1)} px`));
      await page.screenshot({ path: output(`timeline-slide-${index + 1}.png`) });
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('ships the book’s timeline in the EPUB as images of a phone’s width, each at most 1.1 × as tall, the key on the first, named by part and years, all described by the one event table', () => {
    const chapter = epub.text('OEBPS/ch01.xhtml');
    const images = [...chapter.matchAll(/<img src="(figures\/[^"]+)" alt="(Timeline[^"]*)" class="figure-image figure-vector" aria-details="([^"]+)"\/>/g)].map(([, src, alt, details]) => ({ src: src!, alt: alt!, details: details! }));
    expect(images.length).toBeGreaterThan(1);
    const drawn: string[] = [];
    for (const [k, image] of images.entries()) {
      expect(image.alt).toMatch(new RegExp(`^Timeline, part ${k + 1} of ${images.length}: \\d+ events?, \\d{4}(–\\d{4})?$`));
      const svg = epub.text(`OEBPS/${image.src}`);
      const [, , width, height] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
      expect(width, image.src).toBe(304);
      expect(height! / width!, image.src).toBeLessThanOrEqual(1.1);
      // The key (its span entry) on the first part only.
      expect(svg.includes('a month or an'), image.src).toBe(k === 0);
      expect(svg).toContain(`<title id="figure-timeline-narrow-part-${k + 1}-title">${image.alt}</title>`);
      for (const [, text] of svg.matchAll(/<text[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)) drawn.push(text!.replace(/<tspan[^>]*>([^<]*)<\/tspan>/g, '$1 ').trim());
      // The key's wrapped meanings are no events.
      drawn.splice(0, drawn.length, ...drawn.filter((text) => items.some((i) => text === `${i.label} ${i.event.title}`)));
    }
    // Every event once, in date order, across the parts.
    expect(drawn).toEqual(items.map((i) => `${i.label} ${i.event.title}`));
    // One long description for all the parts: the figure's table, with every event.
    expect(new Set(images.map((i) => i.details)).size).toBe(1);
    const table = new RegExp(`<details[^>]* id="${images[0]!.details}"[^>]*>[\\s\\S]*?</details>`).exec(chapter)![0];
    expect(table.match(/<tr>/g)!.length).toBe(items.length + 1);
  });

  it('shows each part whole in foliate-js on a phone (390×844), not shrunk to the page height', async () => {
    const server = await serveForFoliate(epub.bytes);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => 'ready' in window, undefined, { timeout: 30_000 });
    // foliate-js loads the images from blob: URLs; the alt text names the part.
    const shown: Array<{ alt: string; width: number; painted: number }> = [];
    for (let turn = 0; turn < 40 && shown.length < 100; turn++) {
      for (const frame of page.frames()) {
        const images = await frame
          .evaluate(async () => {
            const all = [...document.querySelectorAll<HTMLImageElement>('img.figure-vector')];
            await Promise.all(all.map((img) => img.decode().catch(() => undefined)));
            return all.map((img) => {
              const box = img.getBoundingClientRect();
              // foliate-js caps an image at the page height with object-fit: contain: what is painted.
              return { alt: img.alt, width: box.width, painted: Math.min(box.width, (box.height * img.naturalWidth) / img.naturalHeight) };
            });
          })
          .catch(() => []);
        if (images.length) shown.push(...images);
      }
      if (shown.some((s) => s.alt.startsWith('Timeline, part'))) break;
      await page.evaluate(() => (window as unknown as { view: { next(): Promise<void> } }).view.next());
      await page.waitForTimeout(300);
    }
    const parts = shown.filter((s) => s.alt.startsWith('Timeline, part'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.painted / part.width, part.alt).toBeGreaterThan(0.95);
    for (let turn = 1; turn <= 3; turn++) {
      await page.evaluate(() => (window as unknown as { view: { next(): Promise<void> } }).view.next());
      await page.waitForTimeout(300);
      await page.screenshot({ path: output(`timeline-epub-foliate-${turn}.png`) });
    }
    await context.close();
    await server.close();
  }, 60_000);
});

/** foliate-js's <foliate-view> over a local server, opened at the start of the text. */
function serveForFoliate(book: Buffer): Promise<FoliateServer> {
  const reader = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>foliate-js</title>
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
  return serveFoliate(book, reader);
}
