/**
 * Julian ↔ Gregorian conversion, checked against an independent implementation (the
 * `world-calendars` package) on every day from 1582 to 1930 in both directions, plus the dates
 * this book depends on.
 */
import { describe, expect, it } from 'vitest';
// world-calendars ships no types; it is a dev-only reference.
// @ts-expect-error no declaration file
import calendars from 'world-calendars/dist/main.js';
import 'world-calendars/dist/calendars/julian.js';
import { annoMundiToJulianYear, isValidDay, jdnToGregorian, jdnToJulian, julianToJdn, gregorianToJdn, toGregorian, toJdn } from '../scripts/dates/calendar.ts';

type RefCalendar = { newDate(y: number, m: number, d: number): { toJD(): number }; fromJD(jd: number): { year(): number; month(): number; day(): number } };
const reference = calendars as { instance(name: string): RefCalendar };
const refJulian = reference.instance('julian');
const refGregorian = reference.instance('gregorian');

describe('calendar conversion', () => {
  it('agrees with world-calendars on every day from 1582 to 1930 (both directions)', () => {
    const first = gregorianToJdn({ year: 1582, month: 10, day: 15 });
    const last = gregorianToJdn({ year: 1930, month: 12, day: 31 });
    let checked = 0;
    for (let jdn = first; jdn <= last; jdn++) {
      const g = jdnToGregorian(jdn);
      const j = jdnToJulian(jdn);
      const refG = refGregorian.fromJD(jdn);
      const refJ = refJulian.fromJD(jdn);
      expect([g.year, g.month, g.day]).toEqual([refG.year(), refG.month(), refG.day()]);
      expect([j.year, j.month, j.day]).toEqual([refJ.year(), refJ.month(), refJ.day()]);
      expect(julianToJdn(j)).toBe(Math.round(refJulian.newDate(j.year, j.month, j.day).toJD()));
      checked++;
    }
    expect(checked).toBeGreaterThan(127_000);
  });

  it('converts the book’s dates: 9 February 1716 O.S. is 20 February N.S.; 13 May 1667 O.S. is 23 May N.S.', () => {
    expect(toGregorian({ year: 1716, month: 2, day: 9 }, 'julian')).toEqual({ year: 1716, month: 2, day: 20 });
    expect(toGregorian({ year: 1667, month: 5, day: 13 }, 'julian')).toEqual({ year: 1667, month: 5, day: 23 });
    expect(toGregorian({ year: 7175, month: 5, day: 13 }, 'anno-mundi')).toEqual({ year: 1667, month: 5, day: 23 });
  });

  it('begins the anno mundi year on 1 September', () => {
    expect(annoMundiToJulianYear(7175, 9)).toBe(1666);
    expect(annoMundiToJulianYear(7175, 8)).toBe(1667);
  });

  it('knows leap days in each calendar, and the century years 1700 and 1800', () => {
    expect(isValidDay({ year: 1700, month: 2, day: 29 }, 'julian')).toBe(true);
    expect(isValidDay({ year: 1700, month: 2, day: 29 }, 'gregorian')).toBe(false);
    expect(isValidDay({ year: 1800, month: 2, day: 29 }, 'julian')).toBe(true);
    expect(isValidDay({ year: 1800, month: 2, day: 29 }, 'gregorian')).toBe(false);
    expect(isValidDay({ year: 1600, month: 2, day: 29 }, 'gregorian')).toBe(true);
    expect(toGregorian({ year: 1700, month: 2, day: 29 }, 'julian')).toEqual({ year: 1700, month: 3, day: 11 });
    expect(toGregorian({ year: 1700, month: 3, day: 1 }, 'julian')).toEqual({ year: 1700, month: 3, day: 12 });
    expect(toGregorian({ year: 1800, month: 2, day: 29 }, 'julian')).toEqual({ year: 1800, month: 3, day: 12 });
  });

  it('calls a day valid exactly when it survives the round trip through its Julian Day Number (1582–1930, both calendars)', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (let year = 1582; year <= 1930; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const date = { year, month, day };
          if (isValidDay(date, 'julian') !== sameDay(jdnToJulian(julianToJdn(date)), date)) wrong.push(`julian ${year}-${month}-${day}`);
          if (isValidDay(date, 'gregorian') !== sameDay(jdnToGregorian(gregorianToJdn(date)), date)) wrong.push(`gregorian ${year}-${month}-${day}`);
          checked++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(129_000);
  });

  it('converts every anno-mundi day of 7091–7209 (1582–1701) like the Julian day it names, the year turning on 1 September', () => {
    const first = julianToJdn({ year: 1582, month: 9, day: 1 });
    const last = julianToJdn({ year: 1701, month: 8, day: 31 });
    const wrong: number[] = [];
    for (let jdn = first; jdn <= last; jdn++) {
      const julian = jdnToJulian(jdn);
      const am = { ...julian, year: julian.month >= 9 ? julian.year + 5509 : julian.year + 5508 };
      if (toJdn(am, 'anno-mundi') !== jdn || !isValidDay(am, 'anno-mundi')) wrong.push(jdn);
    }
    expect(wrong).toEqual([]);
    expect(last - first).toBeGreaterThan(43_000);
    // 7208 AM: September 1699 – August 1700, so its February has the Julian leap day of 1700.
    expect(isValidDay({ year: 7208, month: 2, day: 29 }, 'anno-mundi')).toBe(true);
    expect(isValidDay({ year: 7209, month: 2, day: 29 }, 'anno-mundi')).toBe(false);
  });
});

function sameDay(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
