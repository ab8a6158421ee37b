/**
 * EDTF values (ISO 8601-2, https://www.loc.gov/standards/datetime/) read into ranges of days in
 * their own calendar, without JavaScript `Date`.
 */
import { describe, expect, it } from 'vitest';
import { parseEdtf, type EdtfRange } from '../scripts/dates/edtf.ts';
import type { CalendarName } from '../scripts/dates/calendar.ts';

function range(value: string, calendar: CalendarName = 'julian'): EdtfRange {
  const result = parseEdtf(value, calendar);
  if (!result.ok) throw new Error(`expected \`${value}\` to parse: ${result.problem}`);
  return result.range;
}
const days = (r: EdtfRange) => [r.earliest?.day, r.latest?.day];

describe('parseEdtf', () => {
  it('reads a full date as one day, with its Julian Day Number', () => {
    const r = range('1716-02-09');
    expect(days(r)).toEqual([{ year: 1716, month: 2, day: 9 }, { year: 1716, month: 2, day: 9 }]);
    expect(r.precision).toBe('day');
    expect(r.earliest?.jdn).toBe(2347866); // = 20 February 1716 N.S.
  });

  it('keeps 29 February 1700 in the Julian calendar and rejects it in the Gregorian one', () => {
    expect(days(range('1700-02-29', 'julian'))[0]).toEqual({ year: 1700, month: 2, day: 29 });
    expect(parseEdtf('1700-02-29', 'gregorian')).toEqual({ ok: false, problem: 'a real day in the Gregorian calendar' });
    expect(parseEdtf('1800-02-29', 'gregorian').ok).toBe(false);
    expect(parseEdtf('1600-02-29', 'gregorian').ok).toBe(true);
    expect(parseEdtf('1701-02-29', 'julian').ok).toBe(false);
  });

  it('reads a month as its first to last day, with qualifiers', () => {
    const r = range('1715-12~');
    expect(days(r)).toEqual([{ year: 1715, month: 12, day: 1 }, { year: 1715, month: 12, day: 31 }]);
    expect(r).toMatchObject({ precision: 'month', approximate: true, uncertain: false });
    expect(range('1716-02?')).toMatchObject({ uncertain: true, approximate: false });
    expect(range('1716-02%')).toMatchObject({ uncertain: true, approximate: true });
    expect(range('1700-02', 'julian').latest?.day.day).toBe(29);
    expect(range('1700-02', 'gregorian').latest?.day.day).toBe(28);
  });

  it('reads an interval of years from the first day of the first to the last day of the last', () => {
    const r = range('1665/1667');
    expect(r.kind).toBe('interval');
    expect(days(r)).toEqual([{ year: 1665, month: 1, day: 1 }, { year: 1667, month: 12, day: 31 }]);
  });

  it('spreads unspecified digits over every value they can take', () => {
    expect(days(range('171X'))).toEqual([{ year: 1710, month: 1, day: 1 }, { year: 1719, month: 12, day: 31 }]);
    expect(range('171X').unspecified).toBe(true);
    expect(days(range('1710-XX'))).toEqual([{ year: 1710, month: 1, day: 1 }, { year: 1710, month: 12, day: 31 }]);
    expect(days(range('1710-02-XX'))).toEqual([{ year: 1710, month: 2, day: 1 }, { year: 1710, month: 2, day: 28 }]);
  });

  it('leaves an open or unknown end without a day', () => {
    expect(range('1716/..').latest).toBeUndefined();
    expect(range('../1716').earliest).toBeUndefined();
    expect(range('../1716').latest?.day).toEqual({ year: 1716, month: 12, day: 31 });
    expect(range('1716/').latest).toBeUndefined();
  });

  it('spans every member of a set', () => {
    expect(days(range('[1667,1669]'))).toEqual([{ year: 1667, month: 1, day: 1 }, { year: 1669, month: 12, day: 31 }]);
  });

  it('begins an anno-mundi year on 1 September: 7175 is September 1666 to August 1667 O.S.', () => {
    const year = range('7175', 'anno-mundi');
    expect(days(year)).toEqual([{ year: 7175, month: 9, day: 1 }, { year: 7175, month: 8, day: 31 }]);
    expect(year.earliest?.jdn).toBe(range('1666-09-01').earliest?.jdn);
    expect(year.latest?.jdn).toBe(range('1667-08-31').earliest?.jdn);
    expect(range('7175-05-13', 'anno-mundi').earliest?.jdn).toBe(range('1667-05-13').earliest?.jdn);
  });

  it('rejects what is not EDTF, a day no month has, and an interval that ends before it begins', () => {
    expect(parseEdtf('9 February 1716', 'julian').ok).toBe(false);
    expect(parseEdtf('1710-02-30', 'julian').ok).toBe(false);
    expect(parseEdtf('1716-02-09/1716-02-01', 'julian')).toEqual({ ok: false, problem: 'a valid interval: it ends before it begins' });
  });
});
