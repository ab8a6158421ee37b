/**
 * An event's date as the timeline prints it, in the calendar its source used, with the New Style
 * equivalent beside every Julian day: `9 Feb 1716 O.S. / 20 Feb N.S.`. Months and years need no
 * equivalent (the figure positions them by their Gregorian span). An anno-mundi date keeps its
 * year from the Creation and gives the Julian year (and, for a day, both styles) in brackets.
 */
import { annoMundiToJulianYear, jdnToGregorian, type CalendarName } from '../../dates/calendar.ts';
import type { Bound, EdtfRange, Precision } from '../../dates/edtf.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (m: number) => months[m - 1] ?? String(m);

export function dateLabel(range: EdtfRange): string {
  const { earliest, latest, precision, calendar } = range;
  if (!earliest || !latest) return range.value;
  let text = range.kind === 'date' && !range.unspecified ? pointLabel(earliest, precision, calendar) : spanLabel(earliest, latest, precision, calendar);
  if (range.approximate) text = `c. ${text}`;
  if (range.uncertain) text = `${text}?`;
  return text;
}

function pointLabel(bound: Bound, precision: Precision, calendar: CalendarName): string {
  const { year, month: m, day } = bound.day;
  if (precision === 'year') return calendar === 'anno-mundi' ? `${year} AM (${year - 5509}–${String(year - 5508).slice(-2)})` : String(year);
  if (precision === 'month') {
    if (calendar === 'gregorian') return `${month(m)} ${year}`;
    if (calendar === 'julian') return `${month(m)} ${year} O.S.`;
    return `${month(m)} ${year} AM (${month(m)} ${annoMundiToJulianYear(year, m)} O.S.)`;
  }
  if (calendar === 'gregorian') return `${day} ${month(m)} ${year}`;
  const julianYear = calendar === 'anno-mundi' ? annoMundiToJulianYear(year, m) : year;
  const ns = jdnToGregorian(bound.jdn);
  const dual = `${day} ${month(m)} ${julianYear} O.S. / ${ns.day} ${month(ns.month)}${ns.year === julianYear ? '' : ` ${ns.year}`} N.S.`;
  return calendar === 'anno-mundi' ? `${day} ${month(m)} ${year} AM (${dual})` : dual;
}

function spanLabel(from: Bound, to: Bound, precision: Precision, calendar: CalendarName): string {
  if (precision === 'day') return `${pointLabel(from, precision, calendar)} – ${pointLabel(to, precision, calendar)}`;
  const style = calendar === 'gregorian' ? '' : ' O.S.';
  if (precision === 'month') {
    const text = `${month(from.day.month)} ${from.day.year} – ${month(to.day.month)} ${to.day.year}`;
    return calendar === 'anno-mundi' ? `${text} AM` : `${text}${style}`;
  }
  if (calendar !== 'anno-mundi') return `${from.day.year}–${to.day.year}`;
  const first = annoMundiToJulianYear(from.day.year, from.day.month);
  const last = annoMundiToJulianYear(to.day.year, to.day.month);
  return `${from.day.year}–${to.day.year} AM (${first}–${last})`;
}
