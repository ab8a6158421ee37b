/**
 * Finds the dates written in a run of prose, in the book's language (date-forms.ts): full dates
 * (`9 February 1716`, `February 9, 1716`, `13. November 1737`, `13 ноября 1737 года`), ISO days
 * (`1716-02-09`), month and year (`February 1716`, `в ноябре 1737 года`) and bare years (`1716`).
 * What counts as a bare year, and what does not, is the heart of it:
 *   - four digits from `yearRange.min` to `yearRange.max` (1000–2099), standing alone: not part of
 *     a longer number (`14,000`, `1.5`), a word (`1710s`, `A1716`, `1000px`) or a key (`@ref1710`, `/1716`);
 *   - not where a reader reads no year (year-context.ts): a measure or a count (`512 MB`, `1500
 *     men`), an identifier (`CVE-2025-51591`, `RFC 2119`), a version, a formula or a value (`= 1024`,
 *     `width="780"`), a page number (`p. 1203`) or a copyright notice (`Copyright 2006–2024`);
 *   - not inside a Pandoc citation left as text (`[@key, 1710]`), whose numbers are locators.
 * Full and month dates accept three- or four-digit years, since the month makes them unambiguous.
 */
import { dateForms } from './date-forms.ts';
import { notAYear } from './year-context.ts';

export interface FoundDate {
  /** Offsets in the text given to `findDates`. */
  start: number;
  end: number;
  value: string;
  year: number;
  month?: number;
  day?: number;
}

export const yearRange = { min: 1000, max: 2099 } as const;

const before = '(?<![\\p{L}\\p{N}.,@#/_\\\\^{])';
const after = '(?![\\p{L}\\p{N}]|[.,]\\p{N})';

interface Reader {
  pattern: RegExp;
  monthOf(name: string): number | undefined;
  fullCount: number;
  monthCount: number;
}

const readers = new Map<string, Reader>();

/** One pattern per language: the longest form first, so `9 February 1716` is one date, not a month and a year. */
function readerFor(lang: string): Reader {
  let reader = readers.get(lang);
  if (reader) return reader;
  const forms = dateForms(lang);
  const alternatives = [...forms.full, '(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})', ...forms.month, '(?<y>\\d{4})'];
  const pattern = new RegExp(alternatives.map((alternative) => `${before}(?:${alternative})${after}`).join('|'), 'gu');
  reader = { pattern, monthOf: forms.monthOf, fullCount: forms.full.length, monthCount: forms.month.length };
  readers.set(lang, reader);
  return reader;
}

const citationText = /\[[^\]]*@[^\]]*\]/g;

/** Every form above holds a run of at least three digits. */
const threeDigits = /\d{3}/;

/** The dates in `text`, read in `lang` (a BCP 47 tag; English by default). */
export function findDates(text: string, lang = 'en'): FoundDate[] {
  // Most texts hold no date: turned away before masking and the long pattern (a third of the
  // dates plugin's time at 50×).
  if (!threeDigits.test(text)) return [];
  const reader = readerFor(lang);
  const masked = maskCitations(text);
  const found: FoundDate[] = [];
  for (const match of masked.matchAll(reader.pattern)) {
    const g = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    const value = text.slice(start, end);
    const date = readGroups(g, reader);
    if (date && (date.month !== undefined || isBareYear(masked, start, end, lang))) found.push({ start, end, value, ...date });
  }
  return found;
}

function readGroups(g: Record<string, string | undefined>, reader: Reader): Omit<FoundDate, 'start' | 'end' | 'value'> | undefined {
  for (let i = 0; i < reader.fullCount; i++) {
    const month = reader.monthOf(g[`fm${i}`] ?? '');
    if (g[`fy${i}`] !== undefined && month) return { year: Number(g[`fy${i}`]), month, day: Number(g[`fd${i}`]) };
  }
  if (g['iy'] !== undefined) {
    const month = Number(g['im']);
    const day = Number(g['id']);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year: Number(g['iy']), month, day } : undefined;
  }
  for (let i = 0; i < reader.monthCount; i++) {
    const month = reader.monthOf(g[`om${i}`] ?? '');
    if (g[`oy${i}`] !== undefined && month) return { year: Number(g[`oy${i}`]), month };
  }
  return g['y'] !== undefined ? { year: Number(g['y']) } : undefined;
}

/**
 * Reads the label of a `:date[…]` directive: any of the prose forms, or an ISO form (`1716`,
 * `1716-02`, `1716-02-09`), with any number of year digits, so that an anno-mundi year
 * (`:date[13 May 7175]{event=…}`) can be tied to its event.
 */
export function readDateLabel(label: string, lang = 'en'): Omit<FoundDate, 'start' | 'end'> | undefined {
  const text = label.trim();
  const iso = /^(\d{3,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    return { value: text, year: Number(year), ...(month ? { month: Number(month) } : {}), ...(day ? { day: Number(day) } : {}) };
  }
  const [first] = findDates(text, lang).filter((date) => date.start === 0 && date.end === text.length);
  if (first) return { value: first.value, year: first.year, ...(first.month ? { month: first.month } : {}), ...(first.day ? { day: first.day } : {}) };
  return undefined;
}

function isBareYear(text: string, start: number, end: number, lang: string): boolean {
  const year = Number(text.slice(start, end));
  return year >= yearRange.min && year <= yearRange.max && !notAYear(text, start, end, lang);
}

/** Blanks out `[@key, 1710]` (same length), so offsets still match the text. */
function maskCitations(text: string): string {
  return text.replace(citationText, (citation) => ' '.repeat(citation.length));
}
