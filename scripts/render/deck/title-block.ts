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
  /** The copyright notice and the licence, as written. */
  rights: string[];
}

export function titleBlock(book: Book): TitleBlock {
  const date = talkDate(book);
  return {
    title: book.title,
    ...(book.subtitle ? { subtitle: book.subtitle } : {}),
    authors: book.creators.map((creator) => ({ name: creator.name, affiliations: creator.affiliations })),
    institute: book.institutes,
    ...(book.deck.event ? { event: book.deck.event } : {}),
    ...(date ? { date } : {}),
    rights: [book.copyright, book.license].filter((part): part is string => Boolean(part)),
  };
}

/**
 * `deck.date` as written, or a full ISO date printed in the book's language; else the year
 * published, or the book's date as written when it is not ISO (`March 22, 2005`, `Spring 2024`).
 */
function talkDate(book: Book): TitleBlock['date'] {
  const written = book.deck.date;
  if (written === undefined) {
    // A date written in words (`March 22, 2005`, as pandoc's title blocks have it) is shown as written.
    if (book.dateText) return { text: book.dateText, ...(book.published ? { datetime: book.published } : {}) };
    return book.published ? { text: book.published.slice(0, 4), datetime: book.published.slice(0, 4) } : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(written) || Number.isNaN(Date.parse(`${written}T00:00:00Z`))) return { text: written };
  const format = new Intl.DateTimeFormat(book.lang, { dateStyle: 'long', timeZone: 'UTC' });
  return { text: format.format(new Date(`${written}T00:00:00Z`)), datetime: written };
}
