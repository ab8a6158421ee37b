/**
 * The package metadata (EPUB 3.3 §5.5, https://www.w3.org/TR/epub-33/#sec-pkg-metadata), normalised
 * from the front matter in one explicit chain of fallbacks, the way pandoc's EPUB writer does
 * (identifier → title → creators → language → dates → description → rights). Every field below
 * says where its value comes from, in order; nothing is read from the clock.
 */
import type { Book } from '../../manuscript/schema.ts';
import { wordsFor, type Words } from '../../i18n/words.ts';

export interface EpubMetadata {
  /** `dc:identifier`: `urn:uuid:…` as written; an ISBN as `urn:isbn:<13 or 10 digits>`. */
  identifier: string;
  title: string;
  subtitle: string | undefined;
  creators: string[];
  language: string;
  /** `dc:date`: the publication date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; none when the book has none. */
  date: string | undefined;
  /** `dcterms:modified`, `CCYY-MM-DDThh:mm:ssZ` (EPUB 3.3 §5.5.6 requires exactly this form). */
  modified: string;
  /** `dc:description`; omitted rather than empty (an empty `dc:description` fails EPUBCheck). */
  description: string | undefined;
  rights: string | undefined;
  publisher: string | undefined;
  /** Identifiers after the first (pandoc's `identifier` list), as written. */
  otherIdentifiers: string[];
}

export interface MetadataEnvironment {
  /** The `SOURCE_DATE_EPOCH` variable (https://reproducible-builds.org/specs/source-date-epoch/). */
  sourceDateEpoch?: string | undefined;
}

export function normalizeMetadata(book: Book, environment: MetadataEnvironment = {}, words: Pick<Words, 'untitled'> = wordsFor(book.lang)): EpubMetadata {
  const title = clean(book.title) ?? words.untitled;
  const subtitle = clean(book.subtitle);
  return {
    // identifier → a UUID of the title and authors (schema/normalize-book.ts).
    identifier: normalizeIdentifier(book.identifier),
    title,
    subtitle,
    // authors → none (EPUB 3.3 requires no dc:creator).
    creators: book.authors.map((author) => clean(author)).filter((author): author is string => author !== undefined),
    language: book.lang,
    date: book.published,
    // SOURCE_DATE_EPOCH → published (its first day) at midnight UTC → 1980-01-01.
    modified: modifiedDate(book.published, environment.sourceDateEpoch),
    // description → "title: subtitle" → none.
    description: clean(book.description) ?? (subtitle ? `${title}: ${subtitle}` : undefined),
    // copyright and license → either → none.
    rights: clean([book.copyright, book.license].filter(Boolean).join('. ')),
    publisher: clean(book.publisher),
    otherIdentifiers: book.identifiers.slice(1).map((identifier) => normalizeIdentifier(identifier.value)),
  };
}

/**
 * The date of a book that gives none: 1980-01-01, the first day a zip (DOS) date can hold, so the
 * EPUB's `dcterms:modified` and its files' dates agree; a fixed stamp keeps builds reproducible,
 * and no reader takes it for the day the book was written.
 */
export const undatedStamp = '1980-01-01T00:00:00Z';

/** An ISBN (hyphens and spaces allowed in the front matter) becomes a `urn:isbn:` URN; a UUID URN stays. */
export function normalizeIdentifier(identifier: string): string {
  const value = identifier.trim();
  if (/^urn:/i.test(value)) return value.replace(/^urn:uuid:/i, 'urn:uuid:').replace(/^urn:isbn:/i, 'urn:isbn:');
  const digits = value.replace(/^isbn[:\s]*/i, '').replace(/[\s-]/g, '').toUpperCase();
  if (/^(\d{9}[\dX]|\d{13})$/.test(digits)) return `urn:isbn:${digits}`;
  return value;
}

export function modifiedDate(published: string | undefined, sourceDateEpoch: string | undefined): string {
  const epoch = sourceDateEpoch?.trim();
  if (epoch !== undefined && epoch !== '') {
    // The spec asks builds to fail on a malformed value rather than fall back silently.
    if (!/^\d+$/.test(epoch)) throw new Error(`\`SOURCE_DATE_EPOCH\` must be a whole number of seconds since 1970, not \`${epoch}\``);
    return new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  if (published === undefined) return undatedStamp;
  const [year, month = '01', day = '01'] = published.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}
