/** How the book looks and speaks: the author's own interface words (`words:`), style sheets (`css:`) and fonts (`fonts:`). */
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

/**
 * One face of a font of the author's (`fonts:`), embedded in the EPUB and the page, subset to the
 * characters the book uses. `use` sets the family on the body text or the headings; without it,
 * the author's `css` names the family where it wants it.
 */
export const FontFace = z.strictObject({
  file: z.string().min(1).describe('the font file, relative to the book: TTF, OTF, WOFF or WOFF2'),
  family: z.string().min(1).regex(/^[^"\\\n]+$/, { error: 'is not a font family name (no quotes, backslashes or line breaks)' }).describe('the family name, as CSS names it'),
  style: z.enum(['normal', 'italic']).default('normal').describe('`normal` or `italic`'),
  weight: z.union([z.enum(['normal', 'bold']), z.number().int().min(1).max(1000)]).default('normal').describe('`normal`, `bold` or 1–1000'),
  use: z.enum(['body', 'headings']).optional().describe('set the family on the body text or on the headings'),
});
export type FontFace = z.output<typeof FontFace>;

export const look = {
  words: Words.optional(),
  css: AuthorCss.optional(),
  fonts: z.array(FontFace).default([]).describe('font files of the author’s own, `{file, family, style, weight, use}`: embedded in the EPUB and the page, subset to the characters the book uses'),
};
