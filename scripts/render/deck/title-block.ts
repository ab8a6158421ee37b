/**
 * What the title slide shows, as one typed value drawn from the front matter: title, subtitle,
 * authors with their affiliations, institute, the event and the date of the talk, the licence.
 * Pandoc's beamer and revealjs writers and Quarto read the same fields (`author` with
 * `affiliation`, `institute`, `date`); `deck.event` and `deck.date` are the talk's own, since a
 * book's publication date is not the day it is presented.
 */
import type { Book } from '../../manuscript/schema.ts';

export interface TitleAuthor {
  name: string;
  affiliations: string[];
}

export interface TitleBlock {
  title: string;
  subtitle?: string;
  authors: TitleAuthor[];
  institute: string[];
  event?: string;
  /** As printed, and the machine-readable form when the date is a full ISO date. */
  date?: { text: string; datetime?: string };
  license?: string;
}

export function titleBlock(book: Book): TitleBlock {
  const date = talkDate(book);
  return {
    title: book.title,
    ...(book.subtitle ? { subtitle: book.subtitle } : {}),
    // The metadata model gives names only; an author's affiliations and the book's `institute`
    // come with pandoc's `author: [{name, affiliation}]` and `institute` keys.
    authors: book.authors.map((name) => ({ name, affiliations: [] })),
    institute: [],
    ...(book.deck.event ? { event: book.deck.event } : {}),
    ...(date ? { date } : {}),
    ...(book.license ? { license: book.license } : {}),
  };
}

/** `deck.date` as written, or a full ISO date printed in the book's language; else the year published. */
function talkDate(book: Book): TitleBlock['date'] {
  const written = book.deck.date;
  if (written === undefined) return book.published ? { text: book.published.slice(0, 4), datetime: book.published.slice(0, 4) } : undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(written) || Number.isNaN(Date.parse(`${written}T00:00:00Z`))) return { text: written };
  const format = new Intl.DateTimeFormat(book.lang, { dateStyle: 'long', timeZone: 'UTC' });
  return { text: format.format(new Date(`${written}T00:00:00Z`)), datetime: written };
}
