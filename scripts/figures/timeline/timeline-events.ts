/**
 * The book's events as the timeline draws them: each with its span in Julian Day Numbers (so a
 * Julian, a Gregorian and an anno-mundi date share one axis, positioned by the Gregorian
 * equivalent), its printed date and its side. Events whose date does not read as EDTF are left to
 * the dates check; the event table still lists them with the date as written.
 */
import type { Book, Event } from '../../manuscript/schema.ts';
import { parseEdtf, type EdtfRange } from '../../dates/edtf.ts';
import { dateLabel } from './date-label.ts';

export interface TimelineEvent {
  event: Event;
  range: EdtfRange;
  /** First and last day (JDN) the date can denote. */
  start: number;
  end: number;
  /** The printed date, e.g. `9 Feb 1716 O.S. / 20 Feb N.S.`. */
  label: string;
  /** Approximate (`~`) or uncertain (`?`): drawn hollow. */
  hollow: boolean;
}

export function timelineEvents(book: Book): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const event of book.events) {
    const parsed = parseEdtf(event.date, event.calendar ?? book.calendar);
    if (!parsed.ok) continue;
    const { range } = parsed;
    const start = range.earliest?.jdn ?? range.latest?.jdn;
    const end = range.latest?.jdn ?? range.earliest?.jdn;
    if (start === undefined || end === undefined) continue;
    out.push({ event, range, start, end, label: dateLabel(range), hollow: range.approximate || range.uncertain });
  }
  // Stable order: by date, then by span, then by id, whatever the order of the front matter.
  return out.sort((a, b) => a.start + a.end - (b.start + b.end) || a.end - b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
}

/** The printed date of any event, falling back to the value as written when it is not EDTF. */
export function printedDate(book: Book, event: Event): string {
  const parsed = parseEdtf(event.date, event.calendar ?? book.calendar);
  return parsed.ok ? dateLabel(parsed.range) : event.date;
}
