/**
 * The `::timeline` figure: the SVG, its caption and the event table, for the book (a narrow
 * column, legible on a phone) or for a slide (columns across 1280 px).
 */
import type { Element } from 'hast';
import { jdnToGregorian } from '../../dates/calendar.ts';
import type { Book } from '../../manuscript/schema.ts';
import { figureElement, svgRoot } from '../figure-frame.ts';
import { eventTable } from './event-table.ts';
import { timelineEvents } from './timeline-events.ts';
import type { TimelineFrame } from './timeline-layout.ts';
import { drawTimeline } from './timeline-svg.ts';

export const bookTimeline: TimelineFrame = { width: 440, columns: 1, titleSize: 14, dateSize: 12.5, yearSize: 12 };
export const slideTimeline: TimelineFrame = { width: 1280, columns: 3, titleSize: 15, dateSize: 13.5, yearSize: 13, maxTitleLines: 2 };

export function timelineFigure(book: Book, frame: TimelineFrame, id = 'figure-timeline'): Element {
  const items = timelineEvents(book);
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
    `Timeline of the events in this book.` +
    (julian ? ' Russian dates are Old Style (Julian) and are placed by their New Style (Gregorian) equivalent.' : '') +
    ' The time axis is broken between clusters of events; each stretch has its own scale.';
  return figureElement({ id, kind: 'timeline', svg, caption: [{ type: 'text', value: caption }], alternative: eventTable(book, items), summary: 'The events as a table' });
}
