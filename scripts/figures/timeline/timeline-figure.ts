/**
 * The `::timeline` figure: the SVG, its caption and the event table, for the book (a narrow
 * column, legible on a phone) or for a slide (columns across 1280 px).
 */
import type { Element } from 'hast';
import { jdnToGregorian } from '../../dates/calendar.ts';
import type { Book } from '../../manuscript/schema.ts';
import { figureElement, svgRoot } from '../figure-frame.ts';
import { eventTable } from './event-table.ts';
import { timelineEvents, type TimelineEvent } from './timeline-events.ts';
import type { TimelineFrame } from './timeline-layout.ts';
import { drawTimeline } from './timeline-svg.ts';

export const bookTimeline: TimelineFrame = { width: 440, columns: 1, titleSize: 14, dateSize: 12.5, yearSize: 12 };
/**
 * On a slide the type must read from the back of a hall: at these sizes a 1280-wide drawing shown
 * on a 1280×720 slide prints dates at 22 px and titles at 24 px, so at most `eventsPerSlide` events
 * fit in two columns and a longer timeline is drawn a part per slide (`timelinePages`).
 */
export const slideTimeline: TimelineFrame = { width: 1280, columns: 2, titleSize: 24, dateSize: 22, yearSize: 20, maxTitleLines: 2 };
export const eventsPerSlide = 8;

/** The book's timeline events cut into slide-sized parts of nearly equal length, in date order. */
export function timelinePages(book: Book): TimelineEvent[][] {
  const items = timelineEvents(book);
  const count = Math.max(1, Math.ceil(items.length / eventsPerSlide));
  return Array.from({ length: count }, (_, page) => items.slice(Math.round((page * items.length) / count), Math.round(((page + 1) * items.length) / count)));
}

export function timelineFigure(book: Book, frame: TimelineFrame, id = 'figure-timeline', part?: { items: TimelineEvent[]; page: number; of: number }): Element {
  const items = part?.items ?? timelineEvents(book);
  const drawing = drawTimeline(items, frame);
  const last = Math.max(...items.map((i) => i.end));
  const years = items.length ? ` ${jdnToGregorian(items[0]!.start).year}–${jdnToGregorian(last).year}` : '';
  const julian = items.some((i) => i.range.calendar !== 'gregorian');
  const svg = svgRoot({
    id,
    width: drawing.width,
    height: drawing.height,
    title: `Timeline of ${items.length} events,${years}`,
    desc:
      `Events in date order down a broken time axis, marked by side (circle, diamond) and linked to labels giving the date and the event.` +
      (julian ? ' Old Style dates are shown with their New Style equivalent.' : '') +
      ' The table after the figure lists the same events.',
    children: drawing.children,
  });
  const caption =
    (part && part.of > 1 ? `Timeline of the events in this book, part ${part.page + 1} of ${part.of}:${years}.` : `Timeline of the events in this book.`) +
    (julian ? ' Russian dates are Old Style (Julian) and are placed by their New Style (Gregorian) equivalent.' : '') +
    ' The time axis is broken between clusters of events; each stretch has its own scale.';
  return figureElement({ id, kind: 'timeline', svg, caption: [{ type: 'text', value: caption }], alternative: eventTable(book, items), summary: 'The events as a table' });
}
