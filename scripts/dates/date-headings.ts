/**
 * Whether a table column's heading says its numbers are years or dates ("Year", "Jahr", "Date",
 * "Год"): then remark-dates reads its plain numbers as years, where it would otherwise take a
 * column of plain numbers for data (`| 1024 |`, `| 2048 |`). The word for "year" is CLDR's
 * (`Intl.DisplayNames` with `dateTimeField`), in the column's language and in English; CLDR has no
 * field for "date", so that word is listed here for the languages whose dates we read by name.
 */
const dateWords: Record<string, string[]> = {
  en: ['date', 'dates', 'when'],
  de: ['datum'],
  fr: ['date'],
  es: ['fecha'],
  it: ['data'],
  pt: ['data'],
  ru: ['дата', 'годы'],
  uk: ['дата', 'роки'],
};

const cache = new Map<string, RegExp>();

export function isDateHeading(heading: string, lang: string): boolean {
  const language = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  let pattern = cache.get(language);
  if (!pattern) {
    const words = new Set([...yearWords(language), ...yearWords('en'), ...(dateWords[language] ?? []), ...(dateWords['en'] ?? [])]);
    pattern = new RegExp(`(?<![\\p{L}])(?:${[...words].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
    cache.set(language, pattern);
  }
  return pattern.test(heading);
}

function yearWords(language: string): string[] {
  try {
    const year = new Intl.DisplayNames([language], { type: 'dateTimeField' }).of('year');
    return year ? [year, `${year}s`] : [];
  } catch {
    return [];
  }
}
