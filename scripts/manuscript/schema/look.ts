/** How the book looks and speaks: the author's own interface words (`words:`) and style sheets (`css:`). */
import { z } from 'zod';
import { overridableWords } from '../../i18n/book-words.ts';
import { TextList } from './pandoc.ts';

/** The outputs a style sheet may be given to. */
export const styledOutputs = ['page', 'epub', 'deck'] as const;
export type StyledOutput = (typeof styledOutputs)[number];

/**
 * The author's style sheets: one or a list for every output (pandoc's `css`), or by output
 * (`{page: a.css, epub: b.css, deck: c.css}`). Each comes after Triptych's own rules.
 */
export const AuthorCss = z
  .union([TextList, z.strictObject(Object.fromEntries(styledOutputs.map((output) => [output, TextList.optional()])) as Record<StyledOutput, z.ZodOptional<typeof TextList>>)], {
    error: 'is neither a path, a list of paths, nor `{page, epub, deck}` with paths',
  })
  .describe('style sheets of the author’s own, relative to the book: a path or a list for every output, or `{page, epub, deck}`; after Triptych’s own styles');

/**
 * Single interface words in the author's choice (`words: {contents: Inhalt, notes: Anmerkungen}`),
 * over the table of the book's language (scripts/i18n/tables/). Only words that are one text each.
 */
export const Words = z
  .partialRecord(z.enum(overridableWords), z.string().min(1))
  .describe('interface words to replace, by key (`contents`, `notes`, `bibliography`, `chapterNumber`…)');

export const look = {
  words: Words.optional(),
  css: AuthorCss.optional(),
};
