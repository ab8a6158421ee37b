/**
 * The schema of `book.md`'s front matter: the manuscript format's keys and, beside them, the keys
 * pandoc and Quarto authors write (pandoc.ts). Only `title` is required. What the rest of Triptych
 * reads is the `Book` that normalize-book.ts makes of it.
 */
import { z } from 'zod';
import { Calendar, EdtfValue, Id, Lang } from './primitives.ts';
import { Event, Glance, Person, Place, Sides } from './history.ts';
import { Deck } from './deck.ts';
import { look } from './look.ts';
import { Authors, DateValue, Identifiers, License, pandocFields } from './pandoc.ts';
import { otherToolOwner } from './other-tools.ts';
import { normalizeBook, type Book } from './normalize-book.ts';
import type { FrontMatterKind } from '../front-matter.ts';
import { Checks } from './checks.ts';
import { referenceFields } from './references.ts';

export const BookFrontMatter = z.strictObject({
  title: z.string().min(1).describe('the book’s title'),
  subtitle: z.string().optional(),
  authors: Authors.optional().describe('the authors, as displayed: names, or `{name, affiliation, orcid, email}`'),
  lang: Lang.optional().describe('the book’s language (BCP 47); default `en`, with a warning'),
  identifier: Identifiers.optional().describe('`urn:uuid:…`, an ISBN-10/13 (checksum verified), other text, or pandoc’s `{scheme, text}` list; default: a UUID from the title and authors'),
  published: DateValue.optional().describe('publication date, `YYYY-MM-DD`; also the EPUB’s modified date, so builds are reproducible'),
  description: z.string().optional(),
  license: License.optional().describe('e.g. `CC BY-SA 4.0`'),
  slug: Id.optional().describe('output file names; default: from the title'),
  chapters: z.array(z.string().min(1)).default([]).describe('chapter files, relative to the book, in reading order'),
  ...referenceFields,
  calendar: Calendar.default('gregorian').describe('default calendar of `events` dates'),
  period: EdtfValue.optional().describe('the EDTF interval the history covers; dates outside it are errors'),
  people: z.array(Person).default([]),
  places: z.array(Place).default([]),
  events: z.array(Event).default([]),
  sides: Sides,
  glance: Glance.optional().describe('the “at a glance” block, shown where `::glance` stands'),
  deck: Deck,
  ...look,
  ...pandocFields,
  checks: Checks,
});
export type BookFrontMatter = z.output<typeof BookFrontMatter>;
export type BookInput = z.input<typeof BookFrontMatter>;

/** `book.md`'s front matter, read into a `Book`. */
export const bookFrontMatter: FrontMatterKind<typeof BookFrontMatter, Book> = {
  what: 'book',
  schema: BookFrontMatter,
  otherTools: otherToolOwner,
  normalize: normalizeBook,
};
