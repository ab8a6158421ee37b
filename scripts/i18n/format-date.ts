/**
 * Days and months in the book's language, from its table's month names and patterns (CLDR's, as
 * tests/words.test.ts checks against `Intl`), never from the clock or the machine's locale data:
 * the same book gives the same bytes on every Node. The numbers are the calendar's own (a Julian
 * date prints its Julian day); the caller says which calendar it is.
 */
import { fill } from './fill.ts';
import type { Words } from './words.ts';

export type MonthWidth = 'long' | 'short';

export function formatDay(words: Words, year: number, month: number, day: number, width: MonthWidth = 'long'): string {
  return fill(pattern(words, 'dayMonthYear', width), { day, month: monthName(words, month, width), year });
}

export function formatDayMonth(words: Words, month: number, day: number, width: MonthWidth = 'long'): string {
  return fill(pattern(words, 'dayMonth', width), { day, month: monthName(words, month, width) });
}

export function formatMonth(words: Words, year: number, month: number, width: MonthWidth = 'long'): string {
  return fill(pattern(words, 'monthYear', width), { month: monthName(words, month, width, true), year });
}

/** `2026-11-25` → `25 November 2026`, `2026-11` → `November 2026`, `2026` → `2026`. */
export function formatIsoDate(words: Words, iso: string): string {
  const [year = 1970, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  return day === undefined ? formatMonth(words, year, month) : formatDay(words, year, month, day);
}

function pattern(words: Words, name: 'dayMonthYear' | 'dayMonth' | 'monthYear', width: MonthWidth): string {
  return (width === 'short' && words.shortPatterns?.[name]) || words[name];
}

function monthName(words: Words, month: number, width: MonthWidth, standalone = false): string {
  const { months } = words;
  const names = standalone ? ((width === 'long' ? months.standaloneLong : months.standaloneShort) ?? months[width]) : months[width];
  return names[month - 1] ?? String(month);
}
