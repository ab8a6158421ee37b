/**
 * Finds the dates written in a run of prose: full dates (`9 February 1716`, `February 9, 1716`),
 * month and year (`February 1716`) and bare years (`1716`). What counts as a bare year, and what
 * does not, is the heart of it:
 *   - four digits from `yearRange.min` to `yearRange.max` (1000–2099), standing alone: not part of
 *     a longer number (`14,000`, `1.5`), a word (`1710s`, `A1716`) or a key (`@ref1710`, `/1716`);
 *   - not a page, folio or volume number (`p. 1203`, `pp. 1203–1210`, `vol. 1716`, `№ 1716`);
 *   - not a count: a number followed by a unit or a plural noun of people or things
 *     (`1500 men`, `2000 or 3000 soldiers`, `1200 versts`);
 *   - not inside a Pandoc citation left as text (`[@key, 1710]`), whose numbers are locators.
 * Month names are English and capitalised (`May 1716`, not "may"); full and month dates accept
 * three- or four-digit years, since the month makes them unambiguous.
 */
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

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${monthNames.join('|')})`;
const SPACE = '[ \\u00a0]+';

// Order matters: the longest form first, so `9 February 1716` is one date, not a month and a year.
const datePattern = new RegExp(
  [
    `(?<dd>\\d{1,2})${SPACE}(?<dm>${MONTH.slice(1, -1)})${SPACE}(?<dy>\\d{3,4})`,
    `(?<mm>${MONTH.slice(1, -1)})${SPACE}(?<md>\\d{1,2}),?${SPACE}(?<my>\\d{3,4})`,
    `(?<om>${MONTH.slice(1, -1)})${SPACE}(?<oy>\\d{3,4})`,
    `(?<y>\\d{4})`,
  ]
    .map((alternative) => `(?<![\\p{L}\\p{N}.,@#/_])${alternative}(?![\\p{L}\\p{N}]|[.,]\\p{N})`)
    .join('|'),
  'gu',
);

const pageBefore = /(?:\b(?:pp?|pages?|vols?|nos?|fols?|ff?|ll?|cols?|ch|chap|art|sect?)\.?|[§№#$£€₽])\s*$/i;
const rangeBefore = /\d+\s*[–-]\s*$/;
const countAfter =
  /^(?:\s*(?:or|to|and|[–-])\s*[\d,]+)?\s+(?:men|man|soldiers|troops|horsemen|riders|cavalry|infantry|warriors|people|persons|households|families|tents|yurts|horses|camels|sheep|cattle|head|guns|cannon|muskets|boats|ships|carts|wagons|versts?|km|kilometres|kilometers|miles|metres|meters|feet|roubles|rubles|pounds|poods|copies|pages|strong)\b/i;
const citationText = /\[[^\]]*@[^\]]*\]/g;

/** Every form above holds a run of at least three digits. */
const threeDigits = /\d{3}/;

export function findDates(text: string): FoundDate[] {
  // Most texts hold no date: turned away before masking and the long pattern (a third of the
  // dates plugin's time at 50×).
  if (!threeDigits.test(text)) return [];
  const masked = maskCitations(text);
  const found: FoundDate[] = [];
  for (const match of masked.matchAll(datePattern)) {
    const g = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    const value = text.slice(start, end);
    if (g['dd'] !== undefined) found.push({ start, end, value, year: Number(g['dy']), month: monthOf(g['dm']), day: Number(g['dd']) });
    else if (g['mm'] !== undefined) found.push({ start, end, value, year: Number(g['my']), month: monthOf(g['mm']), day: Number(g['md']) });
    else if (g['om'] !== undefined) found.push({ start, end, value, year: Number(g['oy']), month: monthOf(g['om']) });
    else if (isBareYear(masked, start, end)) found.push({ start, end, value, year: Number(value) });
  }
  return found;
}

/**
 * Reads the label of a `:date[…]` directive: any of the prose forms, or an ISO form (`1716`,
 * `1716-02`, `1716-02-09`), with any number of year digits, so that an anno-mundi year
 * (`:date[13 May 7175]{event=…}`) can be tied to its event.
 */
export function readDateLabel(label: string): Omit<FoundDate, 'start' | 'end'> | undefined {
  const text = label.trim();
  const iso = /^(\d{3,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    return { value: text, year: Number(year), ...(month ? { month: Number(month) } : {}), ...(day ? { day: Number(day) } : {}) };
  }
  const [first] = findDates(text).filter((date) => date.start === 0 && date.end === text.length);
  if (first) return { value: first.value, year: first.year, ...(first.month ? { month: first.month } : {}), ...(first.day ? { day: first.day } : {}) };
  return undefined;
}

function isBareYear(text: string, start: number, end: number): boolean {
  const year = Number(text.slice(start, end));
  if (year < yearRange.min || year > yearRange.max) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (pageBefore.test(before.replace(rangeBefore, ''))) return false;
  return !countAfter.test(text.slice(end, end + 40));
}

function monthOf(name: string | undefined): number {
  return monthNames.indexOf(name ?? '') + 1;
}

/** Blanks out `[@key, 1710]` (same length), so offsets still match the text. */
function maskCitations(text: string): string {
  return text.replace(citationText, (citation) => ' '.repeat(citation.length));
}
