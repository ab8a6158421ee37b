/**
 * Book identifiers. Any text is an identifier to pandoc and to EPUB (`dc:identifier`), so any is
 * accepted; what is checked is what claims a form: a `urn:uuid:` must be a UUID (RFC 9562 textual
 * form), and an ISBN must have the right check digit (ISBN-10 weights 10..1 mod 11, X = 10;
 * ISBN-13 weights 1,3 mod 10: ISO 2108). A book without one gets `derivedIdentifier`.
 */
import { v5 as uuidV5 } from 'uuid';

const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why `value` is not a usable identifier, or undefined when it is. `scheme`: pandoc's, when given (`ISBN-13`, `UUID`, `DOI`…). */
export function identifierProblem(value: string, scheme?: string): string | undefined {
  const kind = scheme?.toUpperCase().replace(/[^A-Z]/g, '');
  if (/^urn:uuid:/i.test(value) || kind === 'UUID') {
    const urn = /^urn:uuid:/i.test(value) ? value : `urn:uuid:${value}`;
    return uuid.test(urn) ? undefined : 'is not a UUID (`urn:uuid:` and 32 hexadecimal digits in groups of 8-4-4-4-12)';
  }
  const isbn = value.replace(/^(urn:)?isbn:?/i, '').replace(/[\s-]/g, '').toUpperCase();
  const looksLikeIsbn = /^(urn:)?isbn/i.test(value) || kind?.startsWith('ISBN') || /^(\d[\s-]?){9}[\dX]$|^(\d[\s-]?){12}\d$/i.test(value.trim());
  if (!looksLikeIsbn) return undefined;
  if (!/^\d{9}[\dX]$/.test(isbn) && !/^\d{13}$/.test(isbn)) return 'is not an ISBN: an ISBN has 10 or 13 digits (the last of an ISBN-10 may be X)';
  const expected = isbnCheckDigit(isbn);
  return expected === isbn[isbn.length - 1]
    ? undefined
    : `is an ISBN with a wrong check digit: \`${isbn[isbn.length - 1]}\` where the checksum gives \`${expected}\` (copy the ISBN again from the book’s copyright page)`;
}

export function isValidIsbn(raw: string): boolean {
  const isbn = raw.replace(/[\s-]/g, '').toUpperCase();
  return (/^\d{9}[\dX]$/.test(isbn) || /^\d{13}$/.test(isbn)) && isbnCheckDigit(isbn) === isbn[isbn.length - 1];
}

function isbnCheckDigit(isbn: string): string {
  const digits = [...isbn.slice(0, -1)].map(Number);
  if (isbn.length === 10) {
    const sum = digits.reduce((total, digit, i) => total + (10 - i) * digit, 0);
    const check = (11 - (sum % 11)) % 11;
    return check === 10 ? 'X' : String(check);
  }
  const sum = digits.reduce((total, digit, i) => total + (i % 2 === 0 ? 1 : 3) * digit, 0);
  return String((10 - (sum % 10)) % 10);
}

/**
 * The identifier of a book that names none: a name-based UUID (version 5, RFC 9562 §5.5, in the
 * URL namespace) of the title and the authors' names, one per line. The same book gets the same
 * identifier on every build and machine (an EPUB reader keeps its place in a book by it), and a
 * new title or author makes a new one. Never random: builds are reproducible.
 */
export function derivedIdentifier(title: string, authors: readonly string[]): string {
  return `urn:uuid:${uuidV5(['triptych:book', title, ...authors].join('\n'), uuidV5.URL)}`;
}
