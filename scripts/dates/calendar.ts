/**
 * Calendar arithmetic through the Julian Day Number, with integer formulas (no JavaScript `Date`,
 * which is proleptic Gregorian and would silently move 29 February 1700 O.S. to 1 March).
 * Formulas: E. G. Richards, "Calendars", in *Explanatory Supplement to the Astronomical Almanac*
 * (3rd ed., 2013), §15.11, as tabulated by Fliegel & Van Flandern (1968). Tested against the
 * `world-calendars` package on every day 1582–1930 (tests/calendar.test.ts).
 */
export type CalendarName = 'julian' | 'gregorian' | 'anno-mundi';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const div = (a: number, b: number) => Math.floor(a / b);

export function gregorianToJdn({ year, month, day }: Ymd): number {
  const a = div(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + div(153 * m + 2, 5) + 365 * y + div(y, 4) - div(y, 100) + div(y, 400) - 32045;
}

export function julianToJdn({ year, month, day }: Ymd): number {
  const a = div(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + div(153 * m + 2, 5) + 365 * y + div(y, 4) - 32083;
}

export function jdnToGregorian(jdn: number): Ymd {
  const a = jdn + 32044;
  const b = div(4 * a + 3, 146097);
  const c = a - div(146097 * b, 4);
  const d = div(4 * c + 3, 1461);
  const e = c - div(1461 * d, 4);
  const m = div(5 * e + 2, 153);
  return { day: e - div(153 * m + 2, 5) + 1, month: m + 3 - 12 * div(m, 10), year: 100 * b + d - 4800 + div(m, 10) };
}

export function jdnToJulian(jdn: number): Ymd {
  const c = jdn + 32082;
  const d = div(4 * c + 3, 1461);
  const e = c - div(1461 * d, 4);
  const m = div(5 * e + 2, 153);
  return { day: e - div(153 * m + 2, 5) + 1, month: m + 3 - 12 * div(m, 10), year: d - 4800 + div(m, 10) };
}

export function isLeapYear(year: number, calendar: 'julian' | 'gregorian'): boolean {
  if (calendar === 'julian') return year % 4 === 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number, calendar: 'julian' | 'gregorian'): number {
  if (month === 2) return isLeapYear(year, calendar) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The Russian Byzantine era (anno mundi), used until Peter I's reform of 1700: the year began on
 * 1 September and the days are Julian. 1 September 7175 AM = 1 September 1666 O.S.;
 * 13 May 7175 AM = 13 May 1667 O.S.
 */
export function annoMundiToJulianYear(amYear: number, month: number): number {
  return month >= 9 ? amYear - 5509 : amYear - 5508;
}

/** The Julian Day Number of a day written in `calendar`. */
export function toJdn(date: Ymd, calendar: CalendarName): number {
  if (calendar === 'gregorian') return gregorianToJdn(date);
  if (calendar === 'julian') return julianToJdn(date);
  return julianToJdn({ ...date, year: annoMundiToJulianYear(date.year, date.month) });
}

/** Is `date` a real day in `calendar`? (29 February 1700 is Julian, not Gregorian.) */
export function isValidDay(date: Ymd, calendar: CalendarName): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const base = calendar === 'gregorian' ? 'gregorian' : 'julian';
  const year = calendar === 'anno-mundi' ? annoMundiToJulianYear(date.year, date.month) : date.year;
  return date.day <= daysInMonth(year, date.month, base);
}

/** The Gregorian (New Style) equivalent of a day written in `calendar`. */
export function toGregorian(date: Ymd, calendar: CalendarName): Ymd {
  return calendar === 'gregorian' ? date : jdnToGregorian(toJdn(date, calendar));
}
