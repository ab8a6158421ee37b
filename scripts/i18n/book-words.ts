/**
 * The interface words of one book: its language's table (`wordsFor`), with the single words the
 * author replaced in the front matter (`words:`) on top.
 */
import { en } from './tables/en.ts';
import { wordsFor, type Words } from './words.ts';

/** Keys of `Words` that hold one text (not a plural, a list or a setting), which `words:` may replace. */
export const overridableWords = Object.entries(en)
  .filter(([key, value]) => typeof value === 'string' && !['locale', 'sentenceSpace', 'listSeparator', 'decimal'].includes(key))
  .map(([key]) => key) as [keyof Words & string, ...Array<keyof Words & string>];

export interface WordsSource {
  lang: string;
  words?: Partial<Record<string, string>> | undefined;
}

export function bookWords(book: WordsSource): Words {
  const table = wordsFor(book.lang);
  return book.words ? { ...table, ...book.words } : table;
}
