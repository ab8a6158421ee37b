/** The deck's options (`deck:` in `book.md`). */
import { z } from 'zod';
import { TextList } from './pandoc.ts';

/**
 * Every theme reveal.js 6 ships (https://revealjs.com/themes/). Eight of them `@import` web fonts
 * from the network; the deck copies them without those imports, so they fall back to the fonts
 * the theme names next (Lato → sans-serif, …) and the deck stays offline.
 */
export const deckThemes = [
  'serif',
  'white',
  'black',
  'white-contrast',
  'black-contrast',
  'dracula',
  'beige',
  'blood',
  'league',
  'moon',
  'night',
  'simple',
  'sky',
  'solarized',
] as const;

export const closingPlacements = ['before-sources', 'after-sources'] as const;

/**
 * The closing slide: `true` ("Questions?"), a heading of the author's (`Thank you`), or a heading
 * with lines under it (contact, a link) and where it goes relative to the sources slides.
 */
export const Closing = z.union([
  z.boolean(),
  z.string().min(1),
  z.strictObject({
    title: z.string().min(1).optional().describe('the heading; default “Questions?” in the book’s language'),
    lines: z.array(z.string().min(1)).default([]).describe('lines under the heading (a name, an e-mail address, a web address: those become links)'),
    placement: z.enum(closingPlacements).default('before-sources').describe('before or after the sources slides'),
  }),
]);
export type Closing = z.infer<typeof Closing>;

/**
 * How the slides are written (README, "The deck"): `book`, the book-first way (`::: slide` blocks
 * show, the prose is the notes); `slides`, the pandoc and Quarto way (each section's content is
 * its slide, `::: notes` its notes); `auto`, each chapter by what it holds (a `::: slide` block
 * makes it book-first).
 */
export const deckModes = ['auto', 'book', 'slides'] as const;

/** The `deck:` block of `book.md`. */
export const Deck = z
  .strictObject({
    mode: z.enum(deckModes).default('auto').describe('`book`: `::: slide` blocks show and the prose is the notes; `slides`: each section’s content is its slide (pandoc, Quarto); `auto`: a chapter with a `::: slide` block is `book`, one without is `slides`'),
    slideLevel: z.number().int().min(1).max(6).optional().describe('heading level that starts a slide; default 2 for a book-first chapter, pandoc’s rule for slides (the highest level of a heading followed directly by content)'),
    notes: z.enum(['add', 'replace']).default('add').describe('book-first chapters: a section’s `::: notes` follow its prose in the speaker notes (`add`) or stand in its place (`replace`)'),
    incremental: z.boolean().default(false).describe('lists on slides step one item at a time, as pandoc’s `-i` (a `::: nonincremental` div keeps one whole)'),
    theme: z.enum(deckThemes).default('serif').describe('a reveal.js theme; web-font imports are left out, so every theme works offline'),
    event: z.string().min(1).optional().describe('the occasion of the talk, shown on the title slide (e.g. `Seminar on medieval trade, Lübeck`)'),
    date: z.string().min(1).optional().describe('the date of the talk on the title slide: `YYYY-MM-DD` (printed in the book’s language) or any text; default: the year of `published`'),
    closing: Closing.optional().describe('a closing slide: `true` (“Questions?”), a heading, or `{title, lines, placement}`'),
    css: TextList.optional().describe('style sheets of the author’s own for the deck, relative to the book, after those `css` gives the deck: the same as `css: {deck: …}`'),
  })
  .default({ mode: 'auto', notes: 'add', incremental: false, theme: 'serif' });
export type Deck = z.infer<typeof Deck>;
