/** The deck's options (`deck:` in `book.md`). */
import { z } from 'zod';

export const deckThemes = ['white', 'black', 'serif', 'dracula', 'white-contrast', 'black-contrast'] as const;

/** The `deck:` block of `book.md`. */
export const Deck = z
  .strictObject({
    slideLevel: z.number().int().min(1).max(4).default(2).describe('heading level that starts a slide'),
    theme: z.enum(deckThemes).default('serif').describe('an offline reveal.js theme'),
  })
  .default({ slideLevel: 2, theme: 'serif' });
