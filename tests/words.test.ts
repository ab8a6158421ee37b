/**
 * The tables of interface words (scripts/i18n/tables/): every language has every key, and each
 * table agrees with conventions we can check here: CLDR through `Intl` (month names, date
 * patterns, plural categories, decimal separator) and cldr-misc-full (quotation marks), the CSL
 * locale Triptych bundles for the language (`and`, `et al.`, `no date`, `circa`), and pandoc's
 * translation files (a snapshot of the terms both print, tests/fixtures/i18n/). Where a table
 * departs from one of them on purpose, the exception is listed here with its reason.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeTerms } from '../scripts/citations/locale-terms.ts';
import { localeFor } from '../scripts/citations/locales.ts';
import { formatDay, formatDayMonth, formatMonth } from '../scripts/i18n/format-date.ts';
import { en } from '../scripts/i18n/tables/en.ts';
import { hasWords, wordLanguages, wordsFor, type Plural, type Words } from '../scripts/i18n/words.ts';
import { bookWords } from '../scripts/i18n/book-words.ts';

const require = createRequire(import.meta.url);
const languages = wordLanguages.filter((lang) => lang !== 'en');
const pandoc = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/i18n/pandoc-translations.json'), 'utf8')) as { languages: Record<string, Record<string, string>> };

const isPlural = (value: unknown): value is Plural => typeof value === 'object' && value !== null && !Array.isArray(value) && 'other' in value;
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('tables of interface words', () => {
  it('has a table for each language the issue names', () => {
    expect([...wordLanguages].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'uk', 'zh']);
  });

  it.each(languages)('%s has every key English has, none empty, with the same {slots}', (lang) => {
    const words = wordsFor(lang) as unknown as Record<string, unknown>;
    for (const [key, english] of Object.entries(en)) {
      const value = words[key];
      expect(value, `${lang}.${key}`).toBeDefined();
      if (typeof english === 'string' && key !== 'sentenceSpace') {
        expect(typeof value, `${lang}.${key}`).toBe('string');
        expect((value as string).trim(), `${lang}.${key}`).not.toBe('');
        expect(slots(value as string), `${lang}.${key}`).toEqual(slots(english));
      }
      if (isPlural(english)) {
        // Each form may leave out `{count}` ("the one place"), but never needs a slot English lacks.
        for (const form of Object.values(value as Plural)) for (const slot of slots(form!)) expect(slots(english.other), `${lang}.${key}`).toContain(slot);
      }
    }
    expect(Object.keys(words).sort(), lang).toEqual(expect.arrayContaining(Object.keys(en).sort()));
  });

  it.each(wordLanguages)('%s: every counted word has a form for each CLDR plural category of the language', (lang) => {
    const words = wordsFor(lang);
    const categories = new Intl.PluralRules(words.locale).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(words)) {
      if (isPlural(value)) expect(Object.keys(value).sort(), `${lang}.${key}`).toEqual([...categories].sort());
    }
  });

  it.each(languages)('%s: month names and day, month and year patterns are CLDR’s (Intl)', (lang) => {
    const words = wordsFor(lang);
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(1716, month - 1, 20));
      const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(date);
      for (const width of ['long', 'short'] as const) {
        expect(formatDay(words, 1716, month, 20, width), `${lang} ${width} ${month}`).toBe(intl({ day: 'numeric', month: width, year: 'numeric' }));
        expect(formatDayMonth(words, month, 20, width), `${lang} ${width} ${month}`).toBe(intl({ day: 'numeric', month: width }));
        expect(formatMonth(words, 1716, month, width), `${lang} ${width} ${month}`).toBe(intl({ month: width, year: 'numeric' }));
      }
    }
  });

  it('English keeps the day–month–year dates the book has always printed (en-GB’s, but "Sep", not CLDR’s "Sept")', () => {
    const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(1716, 1, 20)));
    expect(formatDay(en, 1716, 2, 20)).toBe(intl({ day: 'numeric', month: 'long', year: 'numeric' }));
    expect(formatDay(en, 1716, 2, 20, 'short')).toBe(intl({ day: 'numeric', month: 'short', year: 'numeric' }));
    expect(formatDay(en, 1716, 9, 20, 'short')).toBe('20 Sep 1716');
  });

  it.each(wordLanguages)('%s: decimal separator and quotation marks are CLDR’s', (lang) => {
    const words = wordsFor(lang);
    expect(words.decimal).toBe(new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')!.value);
    const { delimiters } = (require(`cldr-misc-full/main/${lang}/delimiters.json`) as { main: Record<string, { delimiters: Record<string, string> }> }).main[lang]!;
    // French sets narrow no-break spaces inside « »; CLDR lists the marks alone.
    expect(words.quotes.map((mark) => mark.trim())).toEqual([delimiters['quotationStart'], delimiters['quotationEnd']]);
  });

  // Where the CSL locale's term is not what the language writes: Polish abbreviates "około" as
  // "ok." with its full stop; the Ukrainian locale has Latin "c." and "et al."; Japanese puts
  // 頃 after the date (the locale's "c." is English).
  const cslExceptions: Record<string, Partial<Record<'and' | 'etAl' | 'noDate' | 'circa', string>>> = {
    pl: { circa: 'ok.' },
    uk: { circa: 'бл.', etAl: 'та ін.' },
    ja: { circa: '頃' },
  };

  it.each(wordLanguages)('%s: "and", "et al.", "n.d." and "c." are the bundled CSL locale’s terms', (lang) => {
    const words = wordsFor(lang);
    const terms = localeTerms(localeFor(lang));
    const expected = {
      and: terms.term('and'),
      etAl: terms.term('et-al'),
      noDate: terms.term('no date', 'short'),
      circa: terms.term('circa', 'short'),
      ...cslExceptions[lang],
    };
    expect({ and: words.and, etAl: words.etAl, noDate: words.noDate, circa: words.circa.replace('{date}', '').trim() }).toEqual(expected);
  });

  // pandoc's Portuguese table is Brazilian in this word ("Conteúdo"); European Portuguese books,
  // like the CSL locale Triptych bundles (pt-PT), say "Índice".
  const pandocExceptions: Record<string, string[]> = { pt: ['Contents'] };

  it.each(wordLanguages)('%s: the words pandoc also prints are pandoc’s', (lang) => {
    const words = wordsFor(lang);
    const theirs = pandoc.languages[lang]!;
    const skip = pandocExceptions[lang] ?? [];
    const check = (term: string, ours: string) => {
      if (theirs[term] !== undefined && !skip.includes(term)) expect(ours, `${lang} ${term}`).toBe(theirs[term]);
    };
    check('Contents', words.contents);
    check('Figure', words.figure);
    check('Table', words.table);
    check('Listing', words.listing);
    // The list of works cited: pandoc calls it Bibliography or References.
    expect([theirs['Bibliography'], theirs['References']], lang).toContain(words.bibliography);
    if (theirs['Chapter']) expect(words.chapterNumber, lang).toContain(theirs['Chapter']);
  });
});

describe('wordsFor', () => {
  it('falls back to the language subtag, then to English', () => {
    expect(wordsFor('de-AT')).toBe(wordsFor('de'));
    expect(wordsFor('pt-BR')).toBe(wordsFor('pt'));
    expect(wordsFor('sv')).toBe(en);
    expect(hasWords('sv')).toBe(false);
  });

  it('does not give Traditional Chinese the Simplified table', () => {
    expect(hasWords('zh')).toBe(true);
    expect(hasWords('zh-Hans')).toBe(true);
    expect(hasWords('zh-Hant')).toBe(false);
    expect(hasWords('zh-TW')).toBe(false);
  });

  it('lets the author replace single words', () => {
    const words: Words = bookWords({ lang: 'de', words: { contents: 'Inhalt' } });
    expect(words.contents).toBe('Inhalt');
    expect(words.notes).toBe('Anmerkungen');
  });
});
