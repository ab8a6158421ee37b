/**
 * An EDTF value (ISO 8601-2, https://www.loc.gov/standards/datetime/) read into a typed range of
 * days in its own calendar. We use `edtf`'s `parse()`, never `edtf()`: the latter goes through
 * JavaScript `Date` (proleptic Gregorian) and silently turns the Julian 1700-02-29 into 1 March.
 * The grammar accepts 29 February in any year; the day is validated here, in the value's calendar.
 *
 * What a range means: the earliest and the latest day the value can denote. `1715-12` is
 * 1–31 December; `171X` is 1710–1719; `1665/1667` runs from 1 January 1665 to 31 December 1667;
 * `[1667,1668]` (one of a set) spans both. Qualifiers (`~` approximate, `?` uncertain, `%` both)
 * are recorded but do not widen the range: EDTF gives them no width. An open end (`..`) or an
 * unknown one (empty) has no day. In the anno-mundi calendar a year runs from 1 September to
 * 31 August, so year 7175 is 1 September 7175 – 31 August 7175 (September 1666 – August 1667 O.S.).
 */
import { parse, type Parsed, type ParsedPoint, type ParsedSet } from 'edtf';
import { daysInMonth, isValidDay, toJdn, annoMundiToJulianYear, type CalendarName, type Ymd } from './calendar.ts';

export type Precision = 'day' | 'month' | 'year';

/** One end of a range: a day in the value's calendar and its Julian Day Number. */
export interface Bound {
  day: Ymd;
  jdn: number;
}

export interface EdtfRange {
  value: string;
  calendar: CalendarName;
  kind: 'date' | 'interval' | 'set';
  /** Absent when the start is open (`../1716`) or unknown (`/1716`). */
  earliest?: Bound;
  /** Absent when the end is open (`1716/..`) or unknown (`1716/`). */
  latest?: Bound;
  /** The coarsest precision of the value's ends. */
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** Some digits are `X` (unspecified): `171X`, `1716-XX`. */
  unspecified: boolean;
}

export type EdtfResult = { ok: true; range: EdtfRange } | { ok: false; problem: string };

interface Point {
  earliest: Ymd;
  latest: Ymd;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  unspecified: boolean;
}

/** Reads `value` as EDTF in `calendar`; a problem is a phrase that completes "is not …". */
/**
 * Reads are memoised: the dates check compares every prose mention with every event, and one EDTF
 * parse (a nearley grammar) costs far more than the comparison. Results are shared, so callers treat
 * them as read-only; the cache is bounded so that no manuscript can grow it without limit.
 */
const cache = new Map<string, EdtfResult>();
const cacheLimit = 10_000;

export function parseEdtf(value: string, calendar: CalendarName): EdtfResult {
  const key = `${calendar}\u0000${value}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = readEdtf(value, calendar);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function readEdtf(value: string, calendar: CalendarName): EdtfResult {
  let parsed: Parsed;
  try {
    parsed = parse(value.trim());
  } catch {
    return { ok: false, problem: 'EDTF, or is a day no month has (30 February)' };
  }
  const points: Point[] = [];
  for (const member of membersOf(parsed)) {
    const point = readPoint(member, calendar);
    if (typeof point === 'string') return { ok: false, problem: point };
    points.push(point);
  }
  const interval = parsed.type === 'Interval' ? parsed.values : undefined;
  // An interval runs from its start's earliest day to its end's latest; a set spans its members.
  const first = interval ? (!isPoint(interval[0]) ? undefined : points[0]?.earliest) : minBy(points, calendar, 'earliest');
  const last = interval ? (!isPoint(interval[1]) ? undefined : points[points.length - 1]?.latest) : maxBy(points, calendar, 'latest');
  const range: EdtfRange = {
    value,
    calendar,
    kind: parsed.type === 'Interval' ? 'interval' : parsed.type === 'Set' || parsed.type === 'List' ? 'set' : 'date',
    precision: points.some((p) => p.precision === 'year') ? 'year' : points.some((p) => p.precision === 'month') ? 'month' : 'day',
    approximate: points.some((p) => p.approximate),
    uncertain: points.some((p) => p.uncertain),
    unspecified: points.some((p) => p.unspecified),
    ...(first ? { earliest: bound(first, calendar) } : {}),
    ...(last ? { latest: bound(last, calendar) } : {}),
  };
  if (range.earliest && range.latest && range.earliest.jdn > range.latest.jdn) {
    return { ok: false, problem: 'a valid interval: it ends before it begins' };
  }
  return { ok: true, range };
}

/** The Julian Day Number of `day` written in `calendar`. */
export function bound(day: Ymd, calendar: CalendarName): Bound {
  return { day, jdn: toJdn(day, calendar) };
}

function readPoint(point: ParsedPoint, calendar: CalendarName): Point | string {
  const qualifiers = { approximate: Boolean(point.approximate), uncertain: Boolean(point.uncertain) };
  const [raw = 0, rawMonth, rawDay] = point.values;
  if (point.type === 'Century' || point.type === 'Decade') {
    const size = point.type === 'Century' ? 100 : 10;
    return { ...yearSpan(raw * size, raw * size + size - 1, calendar), precision: 'year', ...qualifiers, unspecified: false };
  }
  const mask = point.unspecified ?? 0;
  // Bits 0–3 are the year's digits from the left, 4–5 the month's, 6–7 the day's (edtf's Bitmask).
  let spread = 0;
  for (let digit = 0; digit < 4; digit++) if (mask & (1 << digit)) spread += 9 * 10 ** (3 - digit);
  const unspecified = mask !== 0;
  const month = point.type === 'Date' && rawMonth !== undefined && (mask & 0b110000) === 0 ? rawMonth + 1 : undefined;
  const day = month !== undefined && rawDay !== undefined && (mask & 0b11000000) === 0 ? rawDay : undefined;
  if (month === undefined) {
    return { ...yearSpan(raw, raw + spread, calendar), precision: 'year', ...qualifiers, unspecified };
  }
  if (day === undefined) {
    const end = { year: raw + spread, month, day: monthLength(raw + spread, month, calendar) };
    return { earliest: { year: raw, month, day: 1 }, latest: end, precision: 'month', ...qualifiers, unspecified };
  }
  const date = { year: raw, month, day };
  if (!isValidDay(date, calendar)) return `a real day in the ${calendarLabel(calendar)} calendar`;
  return { earliest: date, latest: { ...date, year: raw + spread }, precision: 'day', ...qualifiers, unspecified };
}

/** First and last day of the years `from`–`to`; an anno-mundi year runs from September to August. */
function yearSpan(from: number, to: number, calendar: CalendarName): { earliest: Ymd; latest: Ymd } {
  return calendar === 'anno-mundi'
    ? { earliest: { year: from, month: 9, day: 1 }, latest: { year: to, month: 8, day: 31 } }
    : { earliest: { year: from, month: 1, day: 1 }, latest: { year: to, month: 12, day: 31 } };
}

function monthLength(year: number, month: number, calendar: CalendarName): number {
  if (calendar === 'gregorian') return daysInMonth(year, month, 'gregorian');
  return daysInMonth(calendar === 'anno-mundi' ? annoMundiToJulianYear(year, month) : year, month, 'julian');
}

const isPoint = (v: ParsedPoint | null | number): v is ParsedPoint => typeof v === 'object' && v !== null;

function membersOf(parsed: Parsed): ParsedPoint[] {
  if (parsed.type === 'Interval') return parsed.values.filter(isPoint);
  if (parsed.type === 'Set' || parsed.type === 'List') return (parsed as ParsedSet).values.flat();
  return [parsed as ParsedPoint];
}

function minBy(points: Point[], calendar: CalendarName, end: 'earliest'): Ymd | undefined {
  const days = points.map((p) => p[end]);
  return days.reduce<Ymd | undefined>((best, d) => (best === undefined || toJdn(d, calendar) < toJdn(best, calendar) ? d : best), undefined);
}

function maxBy(points: Point[], calendar: CalendarName, end: 'latest'): Ymd | undefined {
  const days = points.map((p) => p[end]);
  return days.reduce<Ymd | undefined>((best, d) => (best === undefined || toJdn(d, calendar) > toJdn(best, calendar) ? d : best), undefined);
}

export function calendarLabel(calendar: CalendarName): string {
  return calendar === 'anno-mundi' ? 'anno-mundi (Julian days)' : calendar === 'julian' ? 'Julian' : 'Gregorian';
}

