/**
 * What `citation-missing` counts as a factual claim that needs a source: a year, a date, or a count
 * of people, money or guns. One place for the words, documented in the README.
 *
 * - A **year** is a number of 3–4 digits standing alone (not part of a longer number, a time
 *   `12:30` or a decimal) between 500 and 2100, or an anno-mundi year between 7000 and 7300
 *   (AD 1492–1792, the Russian era used until 1700); a decade `1710s` counts too. Not where a
 *   reader reads no year: `512 MB`, `CVE-2025-51591`, `width="780"`, `Copyright 2006–2024`
 *   (dates/year-context.ts).
 * - A **date** is a day and a month name (`9 February`, `February 9`), with or without a year, in
 *   the book's language (`13. November`, `13 ноября`: dates/date-forms.ts).
 * - A **count** is a number in figures (`3,000`, `10 000`) or words (`two thousand`, `several
 *   hundred`) followed, within two words (`3,000 Russian soldiers`), by one of `countWords`.
 */

import { dateForms } from '../dates/date-forms.ts';
import { notAYear } from '../dates/year-context.ts';

/** People, money and guns: the nouns that make a number a count worth citing. */
export const countWords: readonly string[] = [
  // people
  'people', 'persons', 'men', 'women', 'children', 'soldiers', 'troops', 'warriors', 'fighters', 'cossacks',
  'horsemen', 'riders', 'cavalry', 'cavalrymen', 'infantry', 'infantrymen', 'musketeers', 'dragoons', 'streltsy',
  'servicemen', 'prisoners', 'captives', 'hostages', 'dead', 'killed', 'slain', 'wounded', 'casualties',
  'families', 'households', 'yurts', 'tents', 'inhabitants', 'settlers', 'defenders', 'envoys',
  // money
  'rubles', 'roubles', 'kopecks', 'kopeks', 'altyns', 'dengi', 'taels', 'liang', 'pounds', 'thalers', 'ducats',
  // guns
  'guns', 'cannon', 'cannons', 'artillery', 'muskets', 'firearms', 'rifles', 'pistols', 'mortars', 'howitzers',
];

export interface Claim {
  kind: 'year' | 'date' | 'count';
  /** The words as written, e.g. `1665`, `9 February`, `3,000 Russian soldiers`. */
  text: string;
  /** Offsets in the scanned text. */
  start: number;
  end: number;
}

const numberWords = 'one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|a few|few|several|some|many';
const count = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:])(?<number>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:\.\d+)?|(?:${numberWords})\s+(?:hundred|thousand))(?<between>(?:\s+[\p{L}-]+){0,2}?)\s+(?:${countWords.join('|')})(?![\p{L}])`,
  'giu',
);
const year = /(?<![\p{L}\p{N}.,:\u00a0\u202f–-]|\d[ ,])(\d{3,4})(s?)(?![\p{L}\p{N}]|[.,:]\d|\s\d{3}(?!\d))/gu;

/** A day and a month name, in the book's language (`9 February`, `February 9`, `13. November`, `13 ноября`). */
const datePatterns = new Map<string, RegExp>();
function datePattern(lang: string): RegExp {
  let pattern = datePatterns.get(lang);
  if (!pattern) {
    const { day, monthNames } = dateForms(lang);
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${day}\s+(?:de\s+)?(?:${monthNames})|(?:${monthNames})\s+\d{1,2}(?!\d))(?![\p{L}])`, 'gu');
    datePatterns.set(lang, pattern);
  }
  return pattern;
}

/** Every claim in `text` (read in `lang`), in order; a year inside a date or count is part of that claim. */
export function findClaims(text: string, lang = 'en'): Claim[] {
  const claims: Claim[] = [];
  for (const match of text.matchAll(count)) {
    // `in 1716 the soldiers…`: a year followed by words, not a count.
    if (/^\d{4}$/.test(match.groups?.['number'] ?? '') && match.groups?.['between']) continue;
    claims.push({ kind: 'count', text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(datePattern(lang))) claims.push({ kind: 'date', text: match[0], start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(year)) {
    const value = Number(match[1]);
    if (!((value >= 500 && value <= 2100) || (value >= 7000 && value <= 7300))) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (claims.some((claim) => claim.start <= start && end <= claim.end)) continue;
    // A measure, an identifier, a version, a value or a copyright notice is no year (dates/year-context.ts).
    if (notAYear(text, start, start + match[1]!.length, lang)) continue;
    claims.push({ kind: 'year', text: match[0], start, end });
  }
  return claims.sort((a, b) => a.start - b.start);
}
