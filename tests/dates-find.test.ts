/** Which numbers in the prose are dates: full dates, months, bare years, and the numbers that are not. */
import { describe, expect, it } from 'vitest';
import { findDates, readDateLabel } from '../scripts/dates/find-dates.ts';
import { matchesEvent, mentionRange } from '../scripts/dates/match.ts';
import { parseEdtf } from '../scripts/dates/edtf.ts';
import type { TimelineEvent } from '../scripts/dates/timeline.ts';
import type { CalendarName } from '../scripts/dates/calendar.ts';

const values = (text: string) => findDates(text).map((d) => d.value);

describe('findDates', () => {
  it('reads full dates in both orders, months with a year, and bare years, with offsets', () => {
    expect(findDates('On 9 February 1716 and on February 9, 1716.')).toEqual([
      { start: 3, end: 18, value: '9 February 1716', year: 1716, month: 2, day: 9 },
      { start: 26, end: 42, value: 'February 9, 1716', year: 1716, month: 2, day: 9 },
    ]);
    expect(findDates('In May 1716, then 1720.')).toEqual([
      { start: 3, end: 11, value: 'May 1716', year: 1716, month: 5 },
      { start: 18, end: 22, value: '1720', year: 1720 },
    ]);
    expect(values('1715–1716: the siege; 1709 or 1710?')).toEqual(['1715', '1716', '1709', '1710']);
    expect(values('9\u00a0February\u00a01716')).toEqual(['9\u00a0February\u00a01716']);
  });

  it('leaves counts, page numbers, decades, decimals, keys and citation locators alone', () => {
    expect(values('about 4,000 horsemen and 14,000 more')).toEqual([]);
    expect(values('"2000 or 3000 men", 1500 soldiers, 1200 versts, 1716 strong')).toEqual([]);
    expect(values('p. 1716, pp. 1203–1210, vol. 1700, № 1716, fol. 1701')).toEqual([]);
    expect(values('the 1710s, 1716th, 1.1716, A1716, @ref1716, /1716')).toEqual([]);
    expect(values('as [@zlatkin1964, 1710] says')).toEqual([]);
    expect(values('numbers 999 and 2100, or 5508')).toEqual([]);
    expect(values('may 1716 is not a month')).toEqual(['1716']);
  });
});

describe('readDateLabel', () => {
  it('reads the prose forms and ISO forms, including anno-mundi years', () => {
    expect(readDateLabel('13 May 7175')).toEqual({ value: '13 May 7175', year: 7175, month: 5, day: 13 });
    expect(readDateLabel('1716-02')).toEqual({ value: '1716-02', year: 1716, month: 2 });
    expect(readDateLabel('1710')).toEqual({ value: '1710', year: 1710 });
    expect(readDateLabel('in the spring')).toBeUndefined();
  });
});

describe('matchesEvent', () => {
  const event = (date: string, calendar: CalendarName): TimelineEvent => {
    const parsed = parseEdtf(date, calendar);
    if (!parsed.ok) throw new Error(parsed.problem);
    return { event: { id: 'e', date, title: 'e', people: [], cite: [] }, index: 0, calendar, range: parsed.range, years: {} };
  };
  const mention = (year: number, month?: number, day?: number) => ({ type: 'dateMention' as const, value: '', year, ...(month ? { month } : {}), ...(day ? { day } : {}) });

  it('matches a year, a month or a day that shares a day with the event, in the event’s calendar', () => {
    expect(matchesEvent(mention(1710), event('1710', 'julian'))).toBe(true);
    expect(matchesEvent(mention(1709), event('1710', 'julian'))).toBe(false);
    expect(matchesEvent(mention(1716), event('1715-12/1716-02', 'julian'))).toBe(true);
    expect(matchesEvent(mention(1716, 2, 9), event('1716-02-09', 'julian'))).toBe(true);
    expect(matchesEvent(mention(1716, 2, 20), event('1716-02-09', 'julian'))).toBe(false);
    expect(matchesEvent(mention(1715, 12), event('1715-12~', 'julian'))).toBe(true);
  });

  it('reads a mention against an anno-mundi event as Julian, or as anno mundi when the year is one', () => {
    const siege = event('7175-05-13', 'anno-mundi');
    expect(matchesEvent(mention(1667, 5, 13), siege)).toBe(true);
    expect(matchesEvent(mention(7175, 5, 13), siege)).toBe(true);
    expect(matchesEvent(mention(1667), siege)).toBe(true);
    expect(matchesEvent(mention(1666), siege)).toBe(false);
    expect(matchesEvent(mention(1666), event('7175', 'anno-mundi'))).toBe(true); // 7175 AM began in September 1666
  });

  it('matches 29 February 1700 only in the Julian calendar', () => {
    expect(matchesEvent(mention(1700, 2, 29), event('1700', 'julian'))).toBe(true);
    expect(matchesEvent(mention(1700, 2, 29), event('1700', 'gregorian'))).toBe(false);
    expect(mentionRange(mention(1700, 2, 29), 'gregorian')).toBeUndefined();
  });
});
