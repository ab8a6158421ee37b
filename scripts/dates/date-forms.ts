/**
 * How a language writes a date: its month names and the order of day, month and year, read from
 * CLDR through `Intl.DateTimeFormat#formatToParts` (Node ships full ICU), so that "13. November
 * 1737", "13 de noviembre de 1737" and "13 ноября 1737 г." are read the way "13 November 1737" is.
 * CLDR gives the month alone (nominative: `ноябрь`), after a day (genitive: `ноября`), and the
 * order with its literals (`13. `, ` de `, ` г.`). What it does not give is added in `grammar`
 * below, per language: the words after a year (`года`, `року`), the case a month takes after "in"
 * (`в ноябре`, `у листопаді`) and day ordinals (`1er`, `1º`, `9th`). English keeps both of its
 * orders (`9 February 1716`, `February 9, 1716`). Month names count as written or capitalised
 * (`novembre`, `Novembre`), never lower-cased where CLDR capitalises them (`may` is no month).
 */

export interface DateForms {
  /** Full dates, as regular-expression sources with named groups `fd0`, `fm0`, `fy0` (`fd1`… for the next). */
  full: string[];
  /** Month and year (`November 1737`, `в ноябре 1737 года`), with groups `om0`, `oy0`… */
  month: string[];
  /** Every month name, longest first, as one alternation (for "9 February" without a year). */
  monthNames: string;
  /** A day before a month name, with its ordinal (`9`, `9th`, `1er`, `13.`). */
  day: string;
  /** The month a written name means (1–12), in any of its forms. */
  monthOf(name: string): number | undefined;
}

interface Grammar {
  /** Words that may follow a year, replacing CLDR's own (`г.` → `г.`, `года`, `году`). */
  yearWords?: string[];
  /** A day's ordinal endings (`er` in `1er novembre`). */
  ordinals?: string[];
  /** More forms of a month, from its nominative (`ноябрь` → `ноябре`). */
  inflect?: (nominative: string) => string[];
}

const grammar: Record<string, Grammar> = {
  en: { ordinals: ['st', 'nd', 'rd', 'th'] },
  fr: { ordinals: ['er'] },
  it: { ordinals: ['º', '°'] },
  es: { ordinals: ['º', '°', '.º'] },
  pt: { ordinals: ['º', '°'] },
  // Prepositional: `январь` → `январе`, `март` → `марте`, `май` → `мае`.
  ru: { yearWords: ['года', 'году', 'г.'], inflect: (month) => [/[ьй]$/.test(month) ? `${month.slice(0, -1)}е` : `${month}е`] },
  // Locative: `листопад` → `листопаді`, `січень` → `січні`, `лютий` → `лютому`.
  uk: {
    yearWords: ['року', 'році', 'р.'],
    inflect: (month) => [month.endsWith('ень') ? `${month.slice(0, -3)}ні` : month.endsWith('ий') ? `${month.slice(0, -2)}ому` : `${month}і`],
  },
};

const space = '[ \\u00a0\\u202f]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new Map<string, DateForms>();

/** The date forms of `lang` (a BCP 47 tag; its primary language decides), made once per language. */
export function dateForms(lang: string): DateForms {
  const language = primaryLanguage(lang);
  let forms = cache.get(language);
  if (!forms) cache.set(language, (forms = buildForms(language)));
  return forms;
}

function primaryLanguage(lang: string): string {
  const language = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : 'en';
  } catch {
    return 'en';
  }
}

type Part = Intl.DateTimeFormatPart;

function partsOf(locale: string, options: Intl.DateTimeFormatOptions, month: number): Part[] {
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn', ...options });
  return format.formatToParts(new Date(Date.UTC(1737, month - 1, 13)));
}

function buildForms(language: string): DateForms {
  const rules = grammar[language] ?? {};
  const months = new Map<string, number>();
  const withDay: string[] = [];
  const alone: string[] = [];
  const add = (list: string[], name: string, month: number) => {
    for (const form of [name, name.charAt(0).toLocaleUpperCase(language) + name.slice(1)]) {
      months.set(form.toLocaleLowerCase(language), month);
      if (!list.includes(form)) list.push(form);
    }
  };
  for (let month = 1; month <= 12; month++) {
    const nominative = monthPart(partsOf(language, { month: 'long' }, month));
    add(withDay, monthPart(partsOf(language, { day: 'numeric', month: 'long' }, month)), month);
    add(alone, nominative, month);
    add(alone, monthPart(partsOf(language, { month: 'long', year: 'numeric' }, month)), month);
    for (const form of rules.inflect?.(nominative.toLocaleLowerCase(language)) ?? []) add(alone, form, month);
  }
  // English writes both orders, whatever the region.
  const locales = language === 'en' ? ['en-GB', 'en-US'] : [language];
  const ordinals = rules.ordinals ? `(?:${rules.ordinals.map(escape).join('|')})?` : '';
  const template = (options: Intl.DateTimeFormatOptions, names: string[]) =>
    [...new Set(locales.map((locale) => toSource(partsOf(locale, options, 11), alternation(names), ordinals, rules.yearWords)))];
  const full = template({ day: 'numeric', month: 'long', year: 'numeric' }, withDay)
    .map((source, i) => source.replace(/<([dmy])>/g, `<f$1${i}>`));
  const month = template({ month: 'long', year: 'numeric' }, [...alone, ...withDay])
    .map((source, i) => source.replace(/<([dmy])>/g, `<o$1${i}>`));
  return {
    full,
    month,
    monthNames: alternation([...withDay, ...alone]),
    day: `\\d{1,2}${ordinals}\\.?`,
    monthOf: (name) => months.get(name.toLocaleLowerCase(language)),
  };
}

function monthPart(parts: Part[]): string {
  return parts.find((part) => part.type === 'month')?.value ?? '';
}

/** Names as one alternation, longest first, so that `ноября` is tried before `нояб…` shorter forms. */
function alternation(names: string[]): string {
  return [...new Set(names)].filter((name) => name !== '').sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');
}

/**
 * One pattern from CLDR's parts: the day and year as digits, the month as `months`, each literal
 * loosened the way people type: any space (no-break too), `.` and `,` optional, a word between
 * (`de`) optional, and the words after the year `yearWords` when the language has them.
 */
function toSource(parts: Part[], months: string, ordinals: string, yearWords: string[] | undefined): string {
  const last = parts.length - 1;
  return parts
    .map((part, index) => {
      if (part.type === 'day') return `(?<d>\\d{1,2})${ordinals}`;
      if (part.type === 'month') return `(?<m>${months})`;
      if (part.type === 'year') return '(?<y>\\d{3,4})';
      if (index === 0) return '';
      if (index === last && parts[index - 1]?.type === 'year') {
        const words = yearWords ?? [part.value.trim()];
        return `(?:${space}*(?:${words.map(escape).join('|')}))?`;
      }
      return literal(part.value);
    })
    .join('')
    .concat(parts[last]?.type === 'year' && yearWords ? `(?:${space}*(?:${yearWords.map(escape).join('|')}))?` : '');
}

function literal(value: string): string {
  const core = value.trim();
  if (core === '') return `${space}+`;
  const around = (inner: string) => `${/^\s/.test(value) ? `${space}*` : ''}${inner}${/\s$/.test(value) ? `${space}+` : ''}`;
  if (/^[.,]$/.test(core)) return `${escape(core)}?${/\s$/.test(value) ? `${space}+` : ''}`;
  if (/^\p{L}+$/u.test(core) && /^\s/.test(value) && /\s$/.test(value)) return `${space}+(?:${escape(core)}${space}+)?`;
  return around(escape(core));
}
