/**
 * The `::map` figure (and `::map{chapter=<id>}`, which highlights that chapter's places): the SVG,
 * its caption and the place list, for the book's column or for a 1280×720 slide.
 */
import type { Element } from 'hast';
import type { Manuscript } from '../../manuscript/types.ts';
import { figureElement, svgRoot } from '../figure-frame.ts';
import { layoutMap, type MapFrame } from './map-layout.ts';
import { drawMap } from './map-svg.ts';
import { placeList } from './place-list.ts';

export const bookMap: MapFrame = { width: 440, labelSize: 14, legendSize: 13, markerRadius: 4.5, minStep: 0.9 };
/**
 * A figure slide gives its drawing a box of 1200×611 (templates/deck.css: the 1280×720 slide less
 * its padding and heading). A frame that fits that box unscaled (1200 wide, at most 611 tall with a
 * two-row key under a 500-high map) is shown at reveal.js's own scale, 0.96 in a 1280×720 window,
 * so labels and key drawn at 24 read at 23 px, for the back of a room (tests/deck.test.ts measures).
 */
export const slideMap: MapFrame = { width: 1200, mapHeight: 500, labelSize: 24, legendSize: 24, markerRadius: 7, minStep: 1.5 };

/** `highlighted`: for a chapter map, the places that chapter is about (chapter-places.ts). */
export function mapFigure(manuscript: Manuscript, frame: MapFrame, chapterId: string | undefined, id: string, highlighted: Set<string> | undefined): Element | undefined {
  const { places } = manuscript.book;
  const located = places.filter((p) => p.coords);
  if (located.length === 0) return undefined;
  const chapter = manuscript.chapters.find((c) => c.id === chapterId);
  const layout = layoutMap(places, frame, highlighted);
  const drawing = drawMap(layout, frame, highlighted !== undefined);
  const inChapter = chapter && highlighted ? located.filter((p) => highlighted.has(p.id)).map((p) => p.name) : [];
  const svg = svgRoot({
    id,
    width: drawing.width,
    height: drawing.height,
    title: chapter ? `Map: the places of chapter ${chapter.number}, ${chapter.meta.title}` : `Map of the ${located.length} places in this book`,
    desc:
      `${located.map((p) => p.name).join(', ')}, marked by kind on a map of rivers and lakes, without modern borders.` +
      (inChapter.length ? ` Highlighted: ${inChapter.join(', ')}.` : '') +
      ' The list after the figure gives the coordinates.',
    children: drawing.children,
  });
  const approximate = located.some((p) => p.approximate);
  const caption =
    (chapter ? `The places of chapter ${chapter.number}, “${chapter.meta.title}”, highlighted among the places of this book. ` : 'The places named in this book. ') +
    (approximate ? 'Hollow markers stand for approximate positions. ' : '') +
    'Rivers, lakes and coastlines: Natural Earth (public domain); equal-area conic projection; no modern borders.';
  return figureElement({ id, kind: 'map', svg, caption: [{ type: 'text', value: caption }], alternative: placeList(places, highlighted), summary: 'The places and their coordinates' });
}
