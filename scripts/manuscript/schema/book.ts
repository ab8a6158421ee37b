/** The schema of `book.md`'s front matter. */
import { z } from 'zod';
import { identifierProblem } from '../identifier.ts';
import { Calendar, EdtfValue, Id, IsoDate, Lang } from './primitives.ts';
import { Event, Glance, Person, Place } from './history.ts';
import { Deck } from './deck.ts';
import { referenceFields } from './references.ts';

export const Book = z.strictObject({
  title: z.string().min(1).describe('the book’s title'),
  subtitle: z.string().optional(),
  authors: z.array(z.string().min(1)).min(1).describe('at least one author, as displayed'),
  lang: Lang.describe('the book’s language (BCP 47)'),
  identifier: z
    .string()
    .superRefine((value, ctx) => {
      const problem = identifierProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe('`urn:uuid:…` or an ISBN-10/13 (checksum verified)'),
  // The EPUB's files are dated by it, and a zip (DOS) date ends with 2099.
  published: IsoDate.refine((value) => value <= '2099-12-31', { message: 'is after 2099, the last year a zip, and so an EPUB, can date its files' }).describe(
    'publication date; also the EPUB’s modified date, so builds are reproducible',
  ),
  description: z.string().optional(),
  license: z.string().optional().describe('e.g. `CC BY-SA 4.0`'),
  slug: Id.optional().describe('output file names; default: from the title'),
  chapters: z.array(z.string().min(1)).default([]).describe('chapter files, relative to the book, in reading order'),
  ...referenceFields,
  calendar: Calendar.default('gregorian').describe('default calendar of `events` dates'),
  period: EdtfValue.optional().describe('the EDTF interval the history covers; dates outside it are errors'),
  people: z.array(Person).default([]),
  places: z.array(Place).default([]),
  events: z.array(Event).default([]),
  glance: Glance.optional().describe('the “at a glance” block, shown where `::glance` stands'),
  deck: Deck,
});
export type Book = z.infer<typeof Book>;
export type BookInput = z.input<typeof Book>;
