/**
 * Matching a date written in the prose to an event, in the event's own calendar.
 *
 * A mention denotes a span of days: a year its 1 January–31 December, a month its first to last
 * day, a full date one day. It is read in the event's calendar (so `9 February 1716` against a
 * Julian event is 9 February O.S.); against an anno-mundi event it is read as a Julian date,
 * unless its year is an anno-mundi year itself (≥ 5509, e.g. `:date[13 May 7175]{event=…}`).
 * It matches the event when the two spans share at least one day. A full date that is not a real
 * day in that calendar (30 February) matches nothing.
 */
import type { DateMention } from '../manuscript/nodes.ts';
import { annoMundiToJulianYear, toGregorian, type CalendarName, type Ymd } from './calendar.ts';
import { parseEdtf, type EdtfRange } from './edtf.ts';
import type { TimelineEvent } from './timeline.ts';

/** The first anno-mundi year of our era's reckoning: 1 September 5509 AM = 1 September 1 AD. */
const firstAnnoMundiYear = 5509;

export function mentionCalendar(mention: Pick<DateMention, 'year'>, eventCalendar: CalendarName): CalendarName {
  if (eventCalendar !== 'anno-mundi') return eventCalendar;
  return mention.year >= firstAnnoMundiYear ? 'anno-mundi' : 'julian';
}

export function mentionRange(mention: Pick<DateMention, 'year' | 'month' | 'day'>, calendar: CalendarName): EdtfRange | undefined {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const iso = `${pad(mention.year, 4)}${mention.month ? `-${pad(mention.month)}${mention.day ? `-${pad(mention.day)}` : ''}` : ''}`;
  const parsed = parseEdtf(iso, calendar);
  return parsed.ok ? parsed.range : undefined;
}

export function matchesEvent(mention: DateMention, entry: TimelineEvent): boolean {
  return mentionMatcher(mention)(entry);
}

/**
 * `matchesEvent` for one mention against many events: its span is read once per calendar (there
 * are three) instead of once per event. prose-dates.ts compares every mention with every event; at
 * 50× (~17,000 mentions, ~40 events) reading the span each time was ~10 ms of every dev rebuild.
 */
export function mentionMatcher(mention: DateMention): (entry: TimelineEvent) => boolean {
  const spans = new Map<CalendarName, EdtfRange | undefined>();
  return ({ range, calendar: eventCalendar }) => {
    if (!range) return false;
    const calendar = mentionCalendar(mention, eventCalendar);
    if (!spans.has(calendar)) spans.set(calendar, mentionRange(mention, calendar));
    const span = spans.get(calendar);
    if (!span?.earliest || !span.latest) return false;
    const afterStart = range.earliest === undefined || span.latest.jdn >= range.earliest.jdn;
    const beforeEnd = range.latest === undefined || span.earliest.jdn <= range.latest.jdn;
    return afterStart && beforeEnd;
  };
}

/** The New Style day of a full-date mention read in `calendar`, for the renderer's "(O.S.; … N.S.)". */
export function gregorianOf(mention: DateMention, calendar: CalendarName): Ymd | undefined {
  if (mention.month === undefined || mention.day === undefined) return undefined;
  return toGregorian({ year: mention.year, month: mention.month, day: mention.day }, calendar);
}

/** The mention's year in our era (an anno-mundi year becomes its Julian year). */
export function proseYear(mention: Pick<DateMention, 'year' | 'month'>): number {
  return mention.year >= firstAnnoMundiYear ? annoMundiToJulianYear(mention.year, mention.month ?? 1) : mention.year;
}
