/** The EPUB's package metadata is normalised from the front matter in one chain of fallbacks. */
import { describe, expect, it } from 'vitest';
import type { BookInput } from '../scripts/manuscript/schema.ts';
import { book as readBook } from './helpers/book.ts';
import { accessibilityMetadata } from '../scripts/render/epub/accessibility.ts';
import { modifiedDate, normalizeIdentifier, normalizeMetadata } from '../scripts/render/epub/metadata.ts';

const base: BookInput = {
  title: 'Forts on the Irtysh',
  authors: ['Ada Author'],
  lang: 'en',
  identifier: 'urn:uuid:5b1e8c2a-7d3f-4e6b-9a1c-2f4d6e8a0b3c',
  published: '2026-11-25',
};
const book = (extra: Partial<BookInput> = {}) => readBook({ ...base, ...extra });

describe('EPUB metadata fallbacks', () => {
  it('takes identifier, title, creators, language and date from the front matter as written', () => {
    const metadata = normalizeMetadata(book({ subtitle: 'A test', authors: ['Ada Author', 'Boris Borisov'] }));
    expect(metadata).toMatchObject({
      identifier: 'urn:uuid:5b1e8c2a-7d3f-4e6b-9a1c-2f4d6e8a0b3c',
      title: 'Forts on the Irtysh',
      subtitle: 'A test',
      creators: ['Ada Author', 'Boris Borisov'],
      language: 'en',
      date: '2026-11-25',
    });
  });

  it('writes an ISBN as a urn:isbn URN without hyphens, and keeps a UUID URN', () => {
    expect(normalizeIdentifier('978-0-674-01684-7')).toBe('urn:isbn:9780674016847');
    expect(normalizeIdentifier('ISBN 0-521-40311-1')).toBe('urn:isbn:0521403111');
    expect(normalizeIdentifier('URN:UUID:5b1e8c2a-7d3f-4e6b-9a1c-2f4d6e8a0b3c')).toBe('urn:uuid:5b1e8c2a-7d3f-4e6b-9a1c-2f4d6e8a0b3c');
  });

  it('dates dcterms:modified from `published` at midnight UTC when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(normalizeMetadata(book()).modified).toBe('2026-11-25T00:00:00Z');
    expect(modifiedDate('2026-11-25', '')).toBe('2026-11-25T00:00:00Z');
  });

  it('prefers SOURCE_DATE_EPOCH over `published`, in the CCYY-MM-DDThh:mm:ssZ form EPUB requires', () => {
    expect(normalizeMetadata(book(), { sourceDateEpoch: '1700000000' }).modified).toBe('2023-11-14T22:13:20Z');
  });

  it('refuses a malformed SOURCE_DATE_EPOCH instead of silently using another date', () => {
    expect(() => modifiedDate('2026-11-25', 'yesterday')).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('falls back from description to "title: subtitle", and omits it rather than writing it empty', () => {
    expect(normalizeMetadata(book({ description: '  Two   lines\n of text ' })).description).toBe('Two lines of text');
    expect(normalizeMetadata(book({ subtitle: 'A test' })).description).toBe('Forts on the Irtysh: A test');
    expect(normalizeMetadata(book()).description).toBeUndefined();
    expect(normalizeMetadata(book({ description: '   ' })).description).toBeUndefined();
  });

  it('writes rights from `license` only when there is one', () => {
    expect(normalizeMetadata(book({ license: 'CC BY 4.0' })).rights).toBe('CC BY 4.0');
    expect(normalizeMetadata(book()).rights).toBeUndefined();
  });
});

describe('EPUB accessibility metadata', () => {
  it('claims longDescription only when the book has figures, and always alternative text for the cover', () => {
    const plain = accessibilityMetadata({ images: 0, figures: 0 });
    const drawn = accessibilityMetadata({ images: 1, figures: 2 });
    expect(plain.features).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText']));
    expect(plain.features).not.toContain('longDescription');
    expect(drawn.features).toContain('longDescription');
    expect(drawn.accessModesSufficient).toContain('textual');
    expect(drawn.hazards).toEqual(['none']);
    // A conformance claim and a certifier name an evaluation by a person, which a build tool cannot
    // make (EPUB Accessibility 1.1 §4.1): neither is written.
    expect(drawn.conformsTo).toBeUndefined();
  });
});
