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
import { bookWords } from '../../i18n/book-words.ts';
import { fill, plural, quoted, sentences } from '../../i18n/fill.ts';

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
  const words = bookWords(manuscript.book);
  const chapter = manuscript.chapters.find((c) => c.id === chapterId);
  const layout = layoutMap(places, frame, highlighted);
  const drawing = drawMap(layout, frame, highlighted !== undefined, words);
  const inChapter = chapter && highlighted ? located.filter((p) => highlighted.has(p.id)).map((p) => p.name) : [];
  const names = (list: readonly string[]) => list.join(words.listSeparator);
  const svg = svgRoot({
    id,
    width: drawing.width,
    height: drawing.height,
    title: chapter ? fill(words.mapChapterTitle, { n: chapter.number, title: chapter.meta.title }) : plural(words, words.mapTitle, located.length),
    desc: sentences(words, [
      fill(words.mapDesc, { places: names(located.map((p) => p.name)) }),
      inChapter.length > 0 && fill(words.mapDescHighlighted, { places: names(inChapter) }),
      words.mapDescList,
    ]),
    children: drawing.children,
  });
  const approximate = located.some((p) => p.approximate);
  const caption = sentences(words, [
    chapter ? fill(words.mapChapterCaption, { n: chapter.number, title: quoted(words, chapter.meta.title) }) : words.mapCaption,
    approximate && words.mapCaptionApproximate,
    words.mapCaptionBase,
  ]);
  return figureElement({ id, kind: 'map', svg, caption: [{ type: 'text', value: caption }], alternative: placeList(places, highlighted, words), summary: words.mapSummary });
}
