/**
 * An event's date as the timeline prints it, in the calendar its source used, with the New Style
 * equivalent beside every Julian day: `9 Feb 1716 O.S. / 20 Feb N.S.`. Months and years need no
 * equivalent (the figure positions them by their Gregorian span). An anno-mundi date keeps its
 * year from the Creation and gives the Julian year (and, for a day, both styles) in brackets.
 * Month names, the order of day, month and year, and the style marks are the book's language's
 * (scripts/i18n/).
 */
import { annoMundiToJulianYear, jdnToGregorian, type CalendarName } from '../../dates/calendar.ts';
import type { Bound, EdtfRange, Precision } from '../../dates/edtf.ts';
import { fill } from '../../i18n/fill.ts';
import { formatDay, formatDayMonth, formatMonth } from '../../i18n/format-date.ts';
import type { Words } from '../../i18n/words.ts';

export function dateLabel(range: EdtfRange, words: Words): string {
  const { earliest, latest, precision, calendar } = range;
  if (!earliest || !latest) return range.value;
  let text = range.kind === 'date' && !range.unspecified ? pointLabel(earliest, precision, calendar, words) : spanLabel(earliest, latest, precision, calendar, words);
  if (range.approximate) text = fill(words.circa, { date: text });
  if (range.uncertain) text = `${text}?`;
  return text;
}

function pointLabel(bound: Bound, precision: Precision, calendar: CalendarName, words: Words): string {
  const { year, month: m, day } = bound.day;
  const os = (date: string) => fill(words.styled, { date, style: words.oldStyle });
  const am = (value: string | number) => fill(words.annoMundi, { year: value });
  if (precision === 'year') return calendar === 'anno-mundi' ? `${am(year)} (${year - 5509}–${String(year - 5508).slice(-2)})` : String(year);
  if (precision === 'month') {
    if (calendar === 'gregorian') return formatMonth(words, year, m, 'short');
    if (calendar === 'julian') return os(formatMonth(words, year, m, 'short'));
    return `${am(formatMonth(words, year, m, 'short'))} (${os(formatMonth(words, annoMundiToJulianYear(year, m), m, 'short'))})`;
  }
  if (calendar === 'gregorian') return formatDay(words, year, m, day, 'short');
  const julianYear = calendar === 'anno-mundi' ? annoMundiToJulianYear(year, m) : year;
  const ns = jdnToGregorian(bound.jdn);
  const nsDate = ns.year === julianYear ? formatDayMonth(words, ns.month, ns.day, 'short') : formatDay(words, ns.year, ns.month, ns.day, 'short');
  const dual = fill(words.dualLabel, { os: os(formatDay(words, julianYear, m, day, 'short')), ns: fill(words.styled, { date: nsDate, style: words.newStyle }) });
  return calendar === 'anno-mundi' ? `${am(formatDay(words, year, m, day, 'short'))} (${dual})` : dual;
}

function spanLabel(from: Bound, to: Bound, precision: Precision, calendar: CalendarName, words: Words): string {
  if (precision === 'day') return `${pointLabel(from, precision, calendar, words)} – ${pointLabel(to, precision, calendar, words)}`;
  if (precision === 'month') {
    const text = `${formatMonth(words, from.day.year, from.day.month, 'short')} – ${formatMonth(words, to.day.year, to.day.month, 'short')}`;
    if (calendar === 'anno-mundi') return fill(words.annoMundi, { year: text });
    return calendar === 'gregorian' ? text : fill(words.styled, { date: text, style: words.oldStyle });
  }
  if (calendar !== 'anno-mundi') return `${from.day.year}–${to.day.year}`;
  const first = annoMundiToJulianYear(from.day.year, from.day.month);
  const last = annoMundiToJulianYear(to.day.year, to.day.month);
  return `${fill(words.annoMundi, { year: `${from.day.year}–${to.day.year}` })} (${first}–${last})`;
}
