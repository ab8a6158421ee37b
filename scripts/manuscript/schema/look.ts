/** How the book looks and speaks: the author's own interface words (`words:`). */
import { z } from 'zod';
import { overridableWords } from '../../i18n/book-words.ts';

/**
 * Single interface words in the author's choice (`words: {contents: Inhalt, notes: Anmerkungen}`),
 * over the table of the book's language (scripts/i18n/tables/). Only words that are one text each.
 */
export const Words = z
  .partialRecord(z.enum(overridableWords), z.string().min(1))
  .describe('interface words to replace, by key (`contents`, `notes`, `bibliography`, `chapterNumber`…)');

export const look = {
  words: Words.optional(),
};
