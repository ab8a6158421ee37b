/** A `Book` from front-matter values, read as `book.md`'s front matter is (schema, then normalize-book.ts). */
import { VFile } from 'vfile';
import { stringify } from 'yaml';
import { parseFrontMatter } from '../../scripts/manuscript/front-matter.ts';
import { bookFrontMatter, type Book, type BookInput } from '../../scripts/manuscript/schema.ts';

export interface ReadBook {
  book: Book | undefined;
  /** `line:column ruleId reason` of each message. */
  messages: string[];
}

export function readBook(values: BookInput | Record<string, unknown>): ReadBook {
  return readBookYaml(stringify(values));
}

export function readBookYaml(yaml: string): ReadBook {
  const file = new VFile({ path: 'book.md', value: `---\n${yaml}---\n` });
  const matter = parseFrontMatter(file, yaml, { line: 2, offset: 4 }, bookFrontMatter);
  return { book: matter?.data, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`) };
}

/** The `Book` of valid front matter; throws with the messages otherwise. */
export function book(values: BookInput | Record<string, unknown>): Book {
  const read = readBook(values);
  if (!read.book) throw new Error(`not a valid book:\n${read.messages.join('\n')}`);
  return read.book;
}
