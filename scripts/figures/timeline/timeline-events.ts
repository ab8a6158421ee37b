/**
 * The book's events as the timeline draws them: each with its span in Julian Day Numbers (so a
 * Julian, a Gregorian and an anno-mundi date share one axis, positioned by the Gregorian
 * equivalent), its printed date and its side. Events whose date does not read as EDTF are left to
 * the dates check; the event table still lists them with the date as written.
 */
import type { Book, Event } from '../../manuscript/schema.ts';
import { annoMundiToJulianYear, jdnToGregorian } from '../../dates/calendar.ts';
import { parseEdtf, type Bound, type EdtfRange } from '../../dates/edtf.ts';
import { dateLabel } from './date-label.ts';
import { sideLabel } from '../palette.ts';
import { bookWords } from '../../i18n/book-words.ts';

export interface TimelineEvent {
  event: Event;
  range: EdtfRange;
  /** First and last day (JDN) the date can denote. */
  start: number;
  end: number;
  /**
   * The first and last year the axis shows for the event: the years its date is written in (an
   * anno-mundi year as its Julian year), widened to the Gregorian year of its mark. Not the
   * Gregorian years of `start` and `end`: Julian 1720 ends on 11 January 1721 N.S., but a reader
   * who sees "1720" must not find the axis, or the figure's title, running on into 1721.
   */
  firstYear: number;
  lastYear: number;
  /** The printed date, e.g. `9 Feb 1716 O.S. / 20 Feb N.S.`. */
  label: string;
  /** Its side's name, as the key and the event table print it. */
  sideLabel: string;
  /** Approximate (`~`) or uncertain (`?`): drawn hollow. */
  hollow: boolean;
}

export function timelineEvents(book: Book): TimelineEvent[] {
  const words = bookWords(book);
  const out: TimelineEvent[] = [];
  for (const event of book.events) {
    const parsed = parseEdtf(event.date, event.calendar ?? book.calendar);
    if (!parsed.ok) continue;
    const { range } = parsed;
    const first = range.earliest ?? range.latest;
    const last = range.latest ?? range.earliest;
    if (first === undefined || last === undefined) continue;
    const [start, end] = [first.jdn, last.jdn];
    const markYear = jdnToGregorian(Math.floor((start + end + 1) / 2)).year;
    out.push({
      event,
      range,
      start,
      end,
      firstYear: Math.min(writtenYear(first, range), markYear),
      lastYear: Math.max(writtenYear(last, range), markYear),
      label: dateLabel(range, words),
      sideLabel: sideLabel(event.side, book, words),
      hollow: range.approximate || range.uncertain,
    });
  }
  // By date (the middle of the span, then its end). A stable sort: events of the same date keep
  // the front matter's order, the order the author tells them in (Gagarin's report, then the orders).
  return out.sort((a, b) => a.start + a.end - (b.start + b.end) || a.end - b.end);
}

/** The years `items` cover as the axis prints them: `1582–1720`, or `1720` for a single year. */
export function yearSpan(items: readonly TimelineEvent[]): string {
  if (items.length === 0) return '';
  const first = Math.min(...items.map((i) => i.firstYear));
  const last = Math.max(...items.map((i) => i.lastYear));
  return first === last ? String(first) : `${first}–${last}`;
}

/** The year a bound is written in: its own year, or for an anno-mundi date the Julian year. */
function writtenYear(bound: Bound, range: EdtfRange): number {
  return range.calendar === 'anno-mundi' ? annoMundiToJulianYear(bound.day.year, bound.day.month) : bound.day.year;
}

/** The printed date of any event, falling back to the value as written when it is not EDTF. */
export function printedDate(book: Book, event: Event): string {
  const parsed = parseEdtf(event.date, event.calendar ?? book.calendar);
  return parsed.ok ? dateLabel(parsed.range, bookWords(book)) : event.date;
}
