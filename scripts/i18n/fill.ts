/**
 * Fills a word's `{name}` slots, and picks the form of a `Plural` word for a count by the
 * language's CLDR plural rules (`Intl.PluralRules`), as ICU MessageFormat does.
 */
import type { Plural, Words } from './words.ts';

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for \`{${name}}\` in the interface word \`${template}\``);
    return String(value);
  });
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `word` for `count`, filled with `count` and `values`. */
export function plural(words: Words, word: Plural, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  let rule = rules.get(words.locale);
  if (!rule) rules.set(words.locale, (rule = new Intl.PluralRules(words.locale)));
  return fill(word[rule.select(count)] ?? word.other, { ...values, count });
}

/** Sentences of a caption or description, joined as the language joins them. */
export function sentences(words: Words, parts: ReadonlyArray<string | false | undefined>): string {
  return parts.filter((part): part is string => Boolean(part)).join(words.sentenceSpace);
}

/** `text` in the language's quotation marks. */
export function quoted(words: Words, text: string): string {
  return `${words.quotes[0]}${text}${words.quotes[1]}`;
}

/** "Title, by A and B" in the language's words; the title alone when the book names no author (pandoc's need none). */
export function titleByAuthors(words: Words, title: string, authors: readonly string[]): string {
  return authors.length > 0 ? fill(words.titleByAuthors, { title, authors: authors.join(words.listSeparator) }) : title;
}
