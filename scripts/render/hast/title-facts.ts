/**
 * What a title page says, from the front matter, once for every output: the book's title,
 * subtitle and authors, its publication date in the book's language (as the author wrote it when
 * in words), its copyright line and publisher, its licence (with the licence's URL when it is a
 * Creative Commons licence we can name, license-url.ts) and its identifier as a reader would cite
 * it (`ISBN 978-…` or the `urn:uuid:` as written). Only the title is sure to be there: a book
 * written for pandoc may name no author and no date. The EPUB's title and copyright pages and the
 * page's title block lay these out; the deck's title slide keeps to title, authors, year and licence.
 */
import type { Book } from '../../manuscript/schema.ts';
import { formatIsoDate } from '../../i18n/format-date.ts';
import type { Words } from '../../i18n/words.ts';
import { licenseUrl } from '../html/license-url.ts';

export interface TitleFacts {
  title: string;
  subtitle: string | undefined;
  authors: readonly string[];
  /** The authors as one phrase in the book's language ("A, B and C"; CLDR list patterns); none without authors. */
  byline: string | undefined;
  /** ISO date (none for a date in words without a year) and the date as printed. */
  published: { iso: string | undefined; text: string } | undefined;
  /** `© 2024 Holder`, or the author's statement. */
  copyright: string | undefined;
  publisher: string | undefined;
  license: { text: string; url: string | undefined } | undefined;
  identifier: string;
}

export function titleFacts(book: Book, words: Words): TitleFacts {
  const license = book.license?.trim();
  return {
    title: book.title,
    subtitle: book.subtitle,
    authors: book.authors,
    byline: book.authors.length > 0 ? new Intl.ListFormat(book.lang, { style: 'long', type: 'conjunction' }).format(book.authors) : undefined,
    published: published(book, words),
    copyright: book.copyright,
    publisher: book.publisher,
    license: license ? { text: license, url: licenseUrl(license) } : undefined,
    identifier: displayIdentifier(book.identifier),
  };
}

function published(book: Book, words: Words): TitleFacts['published'] {
  const text = book.dateText ?? (book.published === undefined ? undefined : formatIsoDate(words, book.published));
  return text === undefined ? undefined : { iso: book.published, text };
}

/** An ISBN as `ISBN 978-0-674-01684-2` (as written, without a `urn:isbn:` prefix); anything else as written. */
function displayIdentifier(identifier: string): string {
  const value = identifier.trim();
  const isbn = /^(?:urn:isbn:|isbn[:\s]*)?([\d][\d\s-]{8,16}[\dX])$/i.exec(value);
  return isbn ? `ISBN ${isbn[1]}` : value;
}
