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
 * In the book the strip is 440 wide. A paginated e-reader shrinks an image to its page, so the
 * book's drawing is cut into parts no taller than 1.4 × its width (a phone's page, less the
 * reader's margins), which the EPUB shows one image each; the page, which scrolls, shows them
 * one under the other.
 */
export const bookTimeline: TimelineFrame = { width: 440, columns: 1, titleSize: 14, dateSize: 12.5, yearSize: 12, partHeight: 616 };
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

export function timelineFigure(book: Book, frame: TimelineFrame, id = 'figure-timeline', part?: { items: TimelineEvent[]; page: number; of: number }): Element {
  const words = bookWords(book);
  const items = part?.items ?? timelineEvents(book);
  const drawing = part ? drawTimeline(items, frame, words) : drawInParts(items, frame, words);
  const years = yearSpan(items);
  const julian = items.some((i) => i.range.calendar !== 'gregorian');
  const svg = svgRoot({
    id,
    width: drawing.width,
    height: drawing.height,
    title: part && part.of > 1 ? partTitle(items, part.page, part.of, words) : plural(words, words.timelineTitle, items.length, { years }),
    desc: sentences(words, [words.timelineDesc, julian && words.timelineDescDual, words.timelineDescTable]),
    children: drawing.children,
  });
  const caption = sentences(words, [
    part && part.of > 1 ? fill(words.timelineCaptionPart, { part: part.page + 1, parts: part.of, years }) : words.timelineCaption,
    julian && words.timelineCaptionJulian,
    words.timelineCaptionAxis,
  ]);
  return figureElement({ id, kind: 'timeline', svg, caption: [{ type: 'text', value: caption }], alternative: eventTable(book, items, words), summary: words.timelineSummary });
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
