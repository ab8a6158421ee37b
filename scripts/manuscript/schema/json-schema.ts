/**
 * The JSON Schema of `book.md`'s front matter, made from the one zod schema (book.ts) by zod's own
 * `z.toJSONSchema` (https://zod.dev/json-schema), never written by hand. It describes what an
 * author writes (`io: 'input'`: a field with a default is optional), in JSON Schema draft-07, which
 * editors' YAML support reads (yaml-language-server). What only code can check (an ISBN's check
 * digit, a real calendar day, a BCP 47 tag) is left to `triptych check`.
 *
 * Shipped as templates/book.schema.json and committed: `npm run schema` writes it again, and
 * tests/json-schema.test.ts fails while the committed file differs from a fresh one.
 */
import { z } from 'zod';
import { BookFrontMatter } from './book.ts';

export const jsonSchemaFile = 'book.schema.json';

export function bookJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BookFrontMatter, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'Triptych book.md front matter',
    description: 'The YAML front matter of a Triptych book’s book.md. Generated from Triptych’s zod schema by `npm run schema`: do not edit.',
    ...rest,
  };
}

/** The file's text: two-space JSON and a final newline, as committed. */
export function bookJsonSchemaText(): string {
  return `${JSON.stringify(bookJsonSchema(), null, 2)}\n`;
}
