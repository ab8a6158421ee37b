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

/**
 * In the book, labels and key at 16 units, the body's size where a unit is shown as 1/16 em (as the
 * timeline: timeline-figure.ts): 560 wide for the page's measure, 304 for a phone's column, where
 * the marks carry numbers and the names are listed under the map.
 */
export const bookMap: MapFrame = { width: 560, labelSize: 16, legendSize: 16, markerRadius: 5, minStep: 1.1 };
export const narrowMap: MapFrame = { width: 304, labelSize: 16, legendSize: 16, markerRadius: 4.5, minStep: 0.9, numbered: true };
/**
 * A figure slide gives its drawing a box of 1200×611 (templates/deck.css: the 1280×720 slide less
 * its padding and heading). A frame that fits that box unscaled (1200 wide, at most 611 tall with a
 * two-row key under a 500-high map) is shown at reveal.js's own scale, 0.96 in a 1280×720 window,
 * so labels and key drawn at 24 read at 23 px, for the back of a room (tests/deck.test.ts measures).
 */
export const slideMap: MapFrame = { width: 1200, mapHeight: 500, labelSize: 24, legendSize: 24, markerRadius: 7, minStep: 1.5 };

/**
 * `highlighted`: for a chapter map, the places that chapter is about (chapter-places.ts); `narrow`:
 * a second drawing for a phone's column (the book's figure; figure-frame.ts).
 */
export function mapFigure(manuscript: Manuscript, frame: MapFrame, chapterId: string | undefined, id: string, highlighted: Set<string> | undefined, narrow?: MapFrame): Element | undefined {
  const { places } = manuscript.book;
  const located = places.filter((p) => p.coords);
  if (located.length === 0) return undefined;
  const words = bookWords(manuscript.book);
  const chapter = manuscript.chapters.find((c) => c.id === chapterId);
  const inChapter = chapter && highlighted ? located.filter((p) => highlighted.has(p.id)).map((p) => p.name) : [];
  const names = (list: readonly string[]) => list.join(words.listSeparator);
  const title = chapter ? fill(words.mapChapterTitle, { n: chapter.number, title: chapter.meta.title }) : plural(words, words.mapTitle, located.length);
  const draw = (drawFrame: MapFrame, svgId: string) => {
    const drawing = drawMap(layoutMap(places, drawFrame, highlighted), drawFrame, highlighted !== undefined, words);
    // A map in parts (a phone's) names them: the map, then its key and names.
    drawing.children.forEach((child, index) => {
      if (child.properties['dataPartBand'] !== undefined) child.properties['dataPartTitle'] = index === 0 ? title : fill(words.mapKeyTitle, { title });
    });
    return svgRoot({
      id: svgId,
      width: drawing.width,
      height: drawing.height,
      title,
      desc: sentences(words, [
        fill(words.mapDesc, { places: names(located.map((p) => p.name)) }),
        inChapter.length > 0 && fill(words.mapDescHighlighted, { places: names(inChapter) }),
        words.mapDescList,
      ]),
      children: drawing.children,
    });
  };
  const svg = draw(frame, id);
  const approximate = located.some((p) => p.approximate);
  const caption = sentences(words, [
    chapter ? fill(words.mapChapterCaption, { n: chapter.number, title: quoted(words, chapter.meta.title) }) : words.mapCaption,
    approximate && words.mapCaptionApproximate,
    words.mapCaptionBase,
  ]);
  return figureElement({ id, kind: 'map', svg, narrow: narrow && draw(narrow, `${id}-narrow`), caption: [{ type: 'text', value: caption }], alternative: placeList(places, highlighted, words), summary: words.mapSummary });
}
