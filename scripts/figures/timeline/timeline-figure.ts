/**
 * The `::timeline` figure: the SVG, its caption and the event table, for the book (a narrow
 * column, legible on a phone) or for a slide (columns across the slide).
 */
import type { Element } from 'hast';
import type { Book } from '../../manuscript/schema.ts';
import { figureElement, svgRoot } from '../figure-frame.ts';
import { eventTable } from './event-table.ts';
import { timelineEvents, yearSpan, type TimelineEvent } from './timeline-events.ts';
import type { TimelineFrame } from './timeline-layout.ts';
import { timelineParts } from './timeline-parts.ts';
import { drawTimeline, drawTimelineParts, timelineKey } from './timeline-svg.ts';
import { bookWords } from '../../i18n/book-words.ts';
import { fill, plural, sentences } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/words.ts';

/**
 * In the book every text is 16 units, the body's size where a unit is shown as 1/16 em: a strip 560
 * wide (35 em, the page's measure) and one 304 wide (19 em) that fits a 390-pixel phone's column
 * unscaled. A paginated e-reader shrinks an image to its page, so the book's drawing is cut into
 * parts no taller than `partHeight`, which the EPUB shows one image each; the page, which scrolls,
 * shows the narrow one whole and prints the wide one's parts, a page break falling between them.
 * The narrow parts are short, 1.1 × their width, so that two share a phone's page and a part that
 * does not fit leaves little of the page blank.
 */
export const bookTimeline: TimelineFrame = { width: 560, columns: 1, titleSize: 16, dateSize: 16, yearSize: 16, partHeight: 560 };
export const narrowTimeline: TimelineFrame = { width: 304, columns: 1, titleSize: 16, dateSize: 16, yearSize: 16, partHeight: 334 };
/**
 * On a slide the type must read from the back of a hall: 24 px for titles and at least 22 px for
 * dates and years on a 1280×720 screen, where reveal.js scales the slide by 0.96. So the drawing
 * is made the size it is shown at, never scaled down: 1200 wide (the slide less a figure slide's
 * 40 px side padding, templates/deck.css) and at most 600 tall (720 less the padding and the
 * one-line heading: 611 measured in Chromium), with at most `partEvents` events in two columns.
 * A longer timeline is drawn a part per slide (`timelinePages`).
 */
export const slideTimeline: TimelineFrame = { width: 1200, columns: 2, titleSize: 25, dateSize: 23, yearSize: 23, maxTitleLines: 3, partHeight: 600, partEvents: 8 };

/** The book's timeline events cut into slide-sized parts, in date order. */
export function timelinePages(book: Book): TimelineEvent[][] {
  return timelineParts(timelineEvents(book), slideTimeline, bookWords(book));
}

/** `narrow`: a second drawing for a phone's column (the book's figure; figure-frame.ts). */
export function timelineFigure(book: Book, frame: TimelineFrame, id = 'figure-timeline', part?: { items: TimelineEvent[]; page: number; of: number }, narrow?: TimelineFrame): Element {
  const words = bookWords(book);
  const items = part?.items ?? timelineEvents(book);
  const years = yearSpan(items);
  const julian = items.some((i) => i.range.calendar !== 'gregorian');
  const draw = (drawFrame: TimelineFrame, svgId: string) => {
    const drawing = part ? drawTimeline(items, drawFrame, words) : drawInParts(items, drawFrame, words);
    return svgRoot({
      id: svgId,
      width: drawing.width,
      height: drawing.height,
      title: part && part.of > 1 ? partTitle(items, part.page, part.of, words) : plural(words, words.timelineTitle, items.length, { years }),
      desc: sentences(words, [words.timelineDesc, julian && words.timelineDescDual, words.timelineDescTable]),
      children: drawing.children,
    });
  };
  const svg = draw(frame, id);
  const caption = sentences(words, [
    part && part.of > 1 ? fill(words.timelineCaptionPart, { part: part.page + 1, parts: part.of, years }) : words.timelineCaption,
    julian && words.timelineCaptionJulian,
    words.timelineCaptionAxis,
  ]);
  return figureElement({ id, kind: 'timeline', svg, narrow: narrow && draw(narrow, `${id}-narrow`), caption: [{ type: 'text', value: caption }], alternative: eventTable(book, items, words), summary: words.timelineSummary });
}

/** The whole timeline, in parts under one key when it is taller than the frame allows. */
function drawInParts(items: readonly TimelineEvent[], frame: TimelineFrame, words: Words) {
  const parts = timelineParts(items, frame, words, timelineKey(items, frame, words));
  if (parts.length < 2) return drawTimeline(items, frame, words);
  return drawTimelineParts(parts.map((part, page) => ({ items: part, title: partTitle(part, page, parts.length, words) })), frame, words);
}

/** A part's name, its alt text where it is shown alone: `Timeline, part 2 of 5: 7 events, 1709–1715`. */
function partTitle(items: readonly TimelineEvent[], page: number, of: number, words: Words): string {
  return plural(words, words.timelinePartTitle, items.length, { part: page + 1, parts: of, years: yearSpan(items) });
}
