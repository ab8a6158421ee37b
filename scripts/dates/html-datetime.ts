/**
 * The `datetime` a date in the prose can honestly carry in HTML.
 *
 * HTML's dates are proleptic Gregorian (https://html.spec.whatwg.org/#dates-and-times), and a
 * `<time>` element's `datetime` may be a day (https://html.spec.whatwg.org/#valid-date-string), a
 * month (https://html.spec.whatwg.org/#valid-month-string) or a year ("four or more ASCII digits,
 * at least one of which is not 0", https://html.spec.whatwg.org/#the-time-element), never a span of
 * days. A mention denotes a span (a day, a month, a year: scripts/dates/match.ts) in its own
 * calendar, and a Julian or anno-mundi month or year is not one Gregorian month or year: the Julian
 * October 1715 is 12 October – 11 November 1715 N.S., the anno-mundi year 7175 is 11 September
 * 1666 – 10 September 1667 N.S. So the value is the finest of day, month and year whose Gregorian
 * period holds the mention's whole span:
 *   - a full date: its Gregorian day (`9 February 1716` O.S. → `1716-02-20`);
 *   - a Gregorian month or year: itself (`1715-10`, `1715`);
 *   - a Julian or anno-mundi month: the Gregorian year it falls in (`October 1715` O.S. → `1715`,
 *     `May 7175` → `1667`), or none when it straddles New Year (`December 1715` O.S. ends on
 *     11 January 1716 N.S.);
 *   - a Julian or anno-mundi year: none (each straddles a Gregorian New Year).
 * With no value, the renderer writes the date as text, not as a `<time>` without `datetime`: that
 * element's text would then be read as a Gregorian date, which HTML forbids for a Julian date that
 * looks like one (whatwg/html e3702173, "…mustn't be Julian dates that happen to look like
 * Gregorian dates").
 */
import type { DateMention } from '../manuscript/nodes.ts';
import { jdnToGregorian, type CalendarName } from './calendar.ts';
import { mentionRange } from './match.ts';

export function htmlDatetime(mention: Pick<DateMention, 'year' | 'month' | 'day'>, calendar: CalendarName): string | undefined {
  const span = mentionRange(mention, calendar);
  if (!span?.earliest || !span.latest) return undefined;
  const first = jdnToGregorian(span.earliest.jdn);
  const last = jdnToGregorian(span.latest.jdn);
  // HTML has no year 0 or before (a year string is a number greater than zero).
  if (first.year !== last.year || first.year < 1) return undefined;
  const year = String(first.year).padStart(4, '0');
  if (first.month !== last.month) return year;
  const month = `${year}-${String(first.month).padStart(2, '0')}`;
  return first.day === last.day ? `${month}-${String(first.day).padStart(2, '0')}` : month;
}
