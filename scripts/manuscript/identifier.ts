/**
 * Book identifiers: a `urn:uuid:` (RFC 9562 textual form) or an ISBN whose check digit is right.
 * ISBN-10 weights 10..1 mod 11 (X = 10); ISBN-13 weights 1,3 mod 10 (ISO 2108).
 */
const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why `value` is not a usable identifier, or undefined when it is. */
export function identifierProblem(value: string): string | undefined {
  if (uuid.test(value)) return undefined;
  const isbn = value.replace(/^(urn:)?isbn:?/i, '').replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(isbn) || /^\d{13}$/.test(isbn)) {
    const expected = isbnCheckDigit(isbn);
    return expected === isbn[isbn.length - 1]
      ? undefined
      : `is an ISBN with a wrong check digit: \`${isbn[isbn.length - 1]}\` where the checksum gives \`${expected}\` (copy the ISBN again from the book’s copyright page)`;
  }
  return 'is neither a `urn:uuid:…` nor an ISBN-10/13';
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
