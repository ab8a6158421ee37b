/**
 * The timeline and the map, drawn from the figures-book fixture's typed front matter: every event
 * and place shows, labels stay inside the picture and apart, the SVG stands alone, and the same
 * data gives the same bytes.
 */
import { en } from '../scripts/i18n/tables/en.ts';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { check } from '../scripts/pipeline/index.ts';
import type { Manuscript } from '../scripts/manuscript/types.ts';
import { contains, intersects, type Box } from '../scripts/figures/box.ts';
import { createFigureRenderer } from '../scripts/figures/renderer.ts';
import { bookMap, narrowMap, slideMap } from '../scripts/figures/map/map-figure.ts';
import { layoutMap } from '../scripts/figures/map/map-layout.ts';
import { drawMap } from '../scripts/figures/map/map-svg.ts';
import { chapterPlaces } from '../scripts/figures/map/chapter-places.ts';
import { bookTimeline, narrowTimeline, slideTimeline } from '../scripts/figures/timeline/timeline-figure.ts';
import { timelineEvents } from '../scripts/figures/timeline/timeline-events.ts';
import { drawTimeline } from '../scripts/figures/timeline/timeline-svg.ts';
import { layoutStrip } from '../scripts/figures/timeline/timeline-layout.ts';
import { projectRoot } from '../scripts/resources.ts';

const fixtureDir = join(projectRoot, 'tests/fixtures/figures-book');
let manuscript: Manuscript;

beforeAll(async () => {
  const result = await check(fixtureDir);
  if (!result.manuscript) throw new Error(result.files.flatMap((f) => f.messages.map(String)).join('\n'));
  manuscript = result.manuscript;
});

/** The text content of a hast node (hast-util-to-string is not a dependency). */
const toString = (node: Element): string => {
  let out = '';
  visit(node as unknown as Root, 'text', (t: { value: string }) => {
    out += t.value;
  });
  return out;
};
/** A figure's first drawing: a slide's only one, or the book's wide one. */
const svgOf = (figure: Element) => {
  let found: Element | undefined;
  visit(figure as unknown as Root, 'element', (e: Element) => {
    if (!found && e.tagName === 'svg') found = e;
  });
  return found!;
};
const texts = (node: Element) => {
  const out: string[] = [];
  visit(node as unknown as Root, 'element', (e: Element) => {
    if (e.tagName !== 'text') return;
    const lines = e.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tspan');
    out.push(lines.length ? lines.map(toString).join(' ') : toString(e));
  });
  return out;
};
const viewBox = (svg: Element): Box => {
  const [x, y, width, height] = String(svg.properties['viewBox']).split(' ').map(Number) as [number, number, number, number];
  return { x, y, width, height };
};
const overlaps = (boxes: readonly Box[]) =>
  boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => intersects(a, b)).map((b) => [a, b]));

describe('the timeline', () => {
  it('draws every event with its date and title, and lists every event in the table', () => {
    const figure = createFigureRenderer(manuscript).figure('timeline', {})!;
    const drawn = texts(svgOf(figure));
    const labels = timelineEvents(manuscript.book);
    const table = toString(figure.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption')!);
    for (const event of manuscript.book.events) {
      const label = labels.find((l) => l.event === event)!.label;
      expect(drawn, event.id).toContain(`${label} ${event.title}`);
      expect(table, event.id).toContain(event.title);
    }
    expect(table).toContain('Yamyshev');
  });

  it('prints a Julian day with its New Style equivalent, and marks anno-mundi, approximate and interval dates', () => {
    const labels = timelineEvents(manuscript.book).map((e) => e.label);
    expect(labels).toContain('9 Feb 1716 O.S. / 20 Feb N.S.');
    expect(labels).toContain('13 May 7175 AM (13 May 1667 O.S. / 23 May N.S.)');
    expect(labels).toContain('c. Dec 1715 O.S.');
    expect(labels).toContain('1665–1667');
    expect(labels).toContain('1 Oct 1720');
  });

  it('positions events by their Gregorian day: marks run down the axis in date order', () => {
    const items = timelineEvents(manuscript.book);
    const strip = layoutStrip(items, bookTimeline);
    const byDate = [...strip.events].sort((a, b) => a.item.start + a.item.end - (b.item.start + b.item.end));
    const ys = byDate.map((e) => e.anchorY);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    // 9 Feb 1716 O.S. (= 20 Feb N.S.) comes after 1 Jan 1716 N.S. on the axis, so after the 1716 tick.
    const tick = strip.segments.flatMap((s) => s.ticks).find((t) => t.year === 1716)!;
    expect(strip.events.find((e) => e.item.event.id === 'yamyshev-siege')!.anchorY).toBeGreaterThan(tick.y);
  });

  for (const [name, frame] of [['book', bookTimeline], ['phone', narrowTimeline], ['slide', slideTimeline]] as const) {
    it(`keeps every text inside the viewBox and no two text boxes intersecting (${name} layout)`, () => {
      const drawing = drawTimeline(timelineEvents(manuscript.book), frame, en);
      const box = { x: 0, y: 0, width: drawing.width, height: drawing.height };
      expect(drawing.textBoxes.length).toBeGreaterThan(manuscript.book.events.length);
      for (const b of drawing.textBoxes) expect(contains(box, b), JSON.stringify(b)).toBe(true);
      expect(overlaps(drawing.textBoxes)).toEqual([]);
    });
  }

  it('fits slides: two columns drawn at the size a figure slide shows them (1200 × at most 600), at most eight events a slide, every event on one of them', () => {
    const figures = createFigureRenderer(manuscript);
    const pages = figures.slidePages('timeline');
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(timelineEvents(manuscript.book).length / 8));
    const drawn: string[] = [];
    for (let page = 0; page < pages; page++) {
      const svg = svgOf(figures.figure('timeline', {}, { frame: 'slide', page })!);
      const { width, height } = viewBox(svg);
      expect(width).toBe(1200);
      expect(height).toBeLessThanOrEqual(600);
      drawn.push(...texts(svg));
    }
    for (const item of timelineEvents(manuscript.book)) expect(drawn.join('\n'), item.event.id).toContain(item.label);
  });
});

describe('the map', () => {
  it('marks and labels every place with coordinates, and lists every place with its coordinates', () => {
    const figure = createFigureRenderer(manuscript).figure('map', {})!;
    const labels = texts(svgOf(figure));
    const list = toString(figure.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption')!);
    for (const place of manuscript.book.places) {
      if (place.coords) expect(labels, place.id).toContain(place.name);
      expect(list, place.id).toContain(place.name);
    }
    expect(list).toContain('Yamyshev (fort) — 51.90° N, 77.40° E (approximate)');
    expect(list).toContain('Irtysh (river) — no coordinates; not on the map');
  });

  for (const [name, frame] of [['book', bookMap], ['phone', narrowMap], ['slide', slideMap]] as const) {
    it(`keeps every label inside the viewBox and apart, even for a close pair (Biysk, Bikatun) (${name} layout)`, () => {
      const layout = layoutMap(manuscript.book.places, frame, undefined);
      const drawing = drawMap(layout, frame, false, en);
      const box = { x: 0, y: 0, width: drawing.width, height: drawing.height };
      for (const b of drawing.textBoxes) expect(contains(box, b), JSON.stringify(b)).toBe(true);
      expect(overlaps(drawing.textBoxes)).toEqual([]);
      const biysk = layout.points.find((p) => p.place.id === 'biysk')!;
      const bikatun = layout.points.find((p) => p.place.id === 'bikatun')!;
      expect(Math.hypot(biysk.x - bikatun.x, biysk.y - bikatun.y)).toBeLessThan(10);
    });
  }

  it('stays under 60 KB, in the book and on a slide', () => {
    const renderer = createFigureRenderer(manuscript);
    for (const frame of ['book', 'slide'] as const) {
      const bytes = Buffer.byteLength(toHtml(svgOf(renderer.figure('map', {}, { frame })!), { space: 'svg' }));
      expect(bytes, frame).toBeLessThan(60 * 1024);
    }
  });

  it('numbers every place on a phone’s map, north to south, and names each under the map, in two parts', () => {
    const figure = createFigureRenderer(manuscript).figure('map', {})!;
    const narrow = figure.children.find((c): c is Element => c.type === 'element' && String(c.properties['className']).includes('figure-narrow'))!;
    const svg = svgOf(narrow);
    const bands = svg.children.filter((c): c is Element => c.type === 'element' && c.properties['dataPartBand'] !== undefined);
    expect(bands.map((band) => band.properties['dataPartTitle'])).toEqual([expect.stringMatching(/^Map of the \d+ places in this book$/), expect.stringMatching(/: key and names of the numbered places$/)]);
    const located = manuscript.book.places.filter((p) => p.coords);
    const numbers = texts(bands[0]!).filter((text) => /^\d+$/.test(text));
    expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(located.map((_, i) => i + 1));
    const listed = texts(bands[1]!);
    const northToSouth = [...located].sort((a, b) => b.coords![0] - a.coords![0] || a.coords![1] - b.coords![1]);
    northToSouth.forEach((place, i) => expect(listed, place.id).toContain(String(i + 1)));
    for (const place of located) expect(listed.join(' '), place.id).toContain(place.name);
  });

  it('highlights a chapter’s places: those whose events it dates and those it names', () => {
    expect([...chapterPlaces(manuscript, 'yamyshev')!].sort()).toEqual(['omsk', 'tobolsk', 'yamyshev']);
    const figure = createFigureRenderer(manuscript).figure('map', { chapter: 'yamyshev' })!;
    expect(figure.properties['id']).toBe('figure-map-yamyshev');
    expect(toHtml(figure)).toContain('<strong>Yamyshev</strong>');
  });
});

describe('both figures', () => {
  it('give the same bytes from the same data, built twice from separate loads', async () => {
    const again = (await check(fixtureDir)).manuscript!;
    for (const [name, attributes] of [['timeline', {}], ['map', {}], ['map', { chapter: 'yamyshev' }]] as const) {
      for (const frame of ['book', 'slide'] as const) {
        const a = toHtml(createFigureRenderer(manuscript).figure(name, attributes, { frame })!);
        const b = toHtml(createFigureRenderer(again).figure(name, attributes, { frame })!);
        expect(a === b, `${name} ${frame}`).toBe(true);
      }
    }
  });

  it('are self-contained, accessible SVG: role img, title and desc, no classes, no external references', () => {
    const renderer = createFigureRenderer(manuscript);
    for (const figure of [renderer.figure('timeline', {})!, renderer.figure('map', {})!]) {
      const svg = svgOf(figure);
      expect(svg.properties['role']).toBe('img');
      const html = toHtml(svg, { space: 'svg' });
      expect(html).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(html).toMatch(/<title id="[^"]+-title">[^<]+<\/title><desc id="[^"]+-desc">[^<]+<\/desc>/);
      expect(html).not.toMatch(/\sclass=|href=|url\(/);
    }
  });

  it('return a fresh copy on every call, so one output cannot change another', () => {
    const renderer = createFigureRenderer(manuscript);
    const first = renderer.figure('timeline', {})!;
    first.children = [];
    expect(renderer.figure('timeline', {})!.children.length).toBeGreaterThan(0);
  });
});
