/**
 * The book's typed timeline: every event's date read as EDTF in its own calendar (the event's
 * `calendar`, else the book's), and the book's `period`. Dates that do not parse are left without
 * a range here; the `date-invalid` rule reports them.
 */
import type { Book, Event } from '../manuscript/schema.ts';
import { jdnToGregorian, jdnToJulian, type CalendarName } from './calendar.ts';
import { parseEdtf, type EdtfRange } from './edtf.ts';

/** Years in the event's own reckoning: Julian years for Julian and anno-mundi dates. Absent = open. */
export interface YearSpan {
  from?: number;
  to?: number;
}

export interface TimelineEvent {
  event: Event;
  index: number;
  calendar: CalendarName;
  range: EdtfRange | undefined;
  years: YearSpan;
}

export interface Timeline {
  events: TimelineEvent[];
  byId: Map<string, TimelineEvent>;
  period: YearSpan | undefined;
}

export function readTimeline(book: Book): Timeline {
  const events = book.events.map((event, index): TimelineEvent => {
    const calendar = event.calendar ?? book.calendar;
    const parsed = parseEdtf(event.date, calendar);
    const range = parsed.ok ? parsed.range : undefined;
    return { event, index, calendar, range, years: range ? yearsOf(range) : {} };
  });
  const period = book.period === undefined ? undefined : parseEdtf(book.period, book.calendar);
  return {
    events,
    byId: new Map(events.map((entry) => [entry.event.id, entry])),
    period: period?.ok ? yearsOf(period.range) : undefined,
  };
}

/**
 * The years a range covers in its calendar's reckoning. An anno-mundi year becomes the Julian
 * years its days fall in (7175 AM → 1666–1667), so that all of a book's dates compare as years.
 */
export function yearsOf(range: EdtfRange): YearSpan {
  const toYear = (jdn: number) => (range.calendar === 'gregorian' ? jdnToGregorian(jdn) : jdnToJulian(jdn)).year;
  return {
    ...(range.earliest ? { from: toYear(range.earliest.jdn) } : {}),
    ...(range.latest ? { to: toYear(range.latest.jdn) } : {}),
  };
}

/** Does the year span `inner` lie inside `outer`? Open ends of either are not compared. */
export function within(inner: YearSpan, outer: YearSpan): boolean {
  const startOk = inner.from === undefined || outer.from === undefined || inner.from >= outer.from;
  const endOk = inner.to === undefined || outer.to === undefined || inner.to <= outer.to;
  return startOk && endOk;
}

/** Is `year` inside `span` (open ends unbounded, no span at all = every year)? */
export function containsYear(span: YearSpan | undefined, year: number): boolean {
  return !span || ((span.from === undefined || year >= span.from) && (span.to === undefined || year <= span.to));
}

export function formatYears(span: YearSpan): string {
  if (span.from !== undefined && span.from === span.to) return String(span.from);
  return `${span.from ?? '..'}–${span.to ?? '..'}`;
}
