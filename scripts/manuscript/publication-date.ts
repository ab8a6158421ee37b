/**
 * The publication date as pandoc and Quarto authors write it (`date:`): ISO `2024-03-01`, `2024-03`
 * or `2024` (a time after the day is dropped), or a date in words, in English or in the book's
 * language (`March 1, 2024`, `1 March 2024`, `1. März 2024`, `1 марта 2024 г.`). A date in words is
 * shown as written; the EPUB gets its ISO form (`dc:date`, W3CDTF: https://www.w3.org/TR/NOTE-datetime),
 * as precise as the words are. Words with no year in them are shown, and the EPUB has no `dc:date`.
 * Month names come from `Intl` (CLDR), so any language `Intl` knows reads its own months.
 */

export interface PublicationDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when no year could be read. */
  iso: string | undefined;
  /** The author's words, when they are not the ISO form itself. */
  text: string | undefined;
}

/** Quarto's values that mean "when this is built": a reproducible build has no such date. */
const clockWords = new Set(['today', 'now', 'last-modified']);

/** The date `value` denotes; `clock` for Quarto's `today`, `now` and `last-modified`. */
export function readPublicationDate(value: string | number, lang: string): PublicationDate | 'clock' {
  const written = String(value).trim();
  if (clockWords.has(written.toLowerCase())) return 'clock';
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(written);
  if (iso) {
    const date = isoDate(Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
    return date && date === written ? { iso: date, text: undefined } : { iso: date, text: written };
  }
  const years = [...written.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((match) => Number(match[0]));
  if (years.length !== 1) return { iso: undefined, text: written };
  const year = years[0]!;
  const month = monthIn(written, lang);
  const days = [...written.matchAll(/(?<!\d)\d{1,2}(?!\d)/g)].map((match) => Number(match[0])).filter((day) => day >= 1 && day <= 31);
  const day = month !== undefined && days.length === 1 ? days[0] : undefined;
  return { iso: isoDate(year, month, day) ?? String(year), text: written };
}

/** `YYYY[-MM[-DD]]` when that is a real day (or month, or year), else undefined. */
function isoDate(year: number, month: number | undefined, day: number | undefined): string | undefined {
  if (month === undefined) return String(year).padStart(4, '0');
  if (month < 1 || month > 12) return undefined;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${ym}-${String(day).padStart(2, '0')}` : undefined;
}

/** The month a word of `text` names (1–12), in English or `lang`. */
function monthIn(text: string, lang: string): number | undefined {
  const names = monthNames(lang);
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const month = names.get(word);
    if (month !== undefined) return month;
  }
  return undefined;
}

const namesByLang = new Map<string, Map<string, number>>();

/** Long and short month names, alone and in a date (Russian's genitive `марта`), lower case, without dots. */
function monthNames(lang: string): Map<string, number> {
  let names = namesByLang.get(lang);
  if (names) return names;
  names = new Map();
  for (const locale of ['en', lang]) {
    for (const options of [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let month = 1; month <= 12; month++) {
        const part = format.formatToParts(new Date(Date.UTC(2001, month - 1, 15))).find((p) => p.type === 'month');
        const name = part?.value.toLowerCase().replace(/\.$/, '');
        if (name && /^\p{L}+$/u.test(name) && !names.has(name)) names.set(name, month);
      }
    }
  }
  // English's "Sept." beside CLDR's "Sep".
  names.set('sept', 9);
  namesByLang.set(lang, names);
  return names;
}
