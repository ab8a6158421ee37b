/**
 * DAISY Ace, the EPUB accessibility checker, finds 0 violations (of any impact) in the flagship's
 * EPUB and in each EPUB the tests build from a fixture: the EPUB writer's fixture, the minimal
 * book, the timeline, the figures, a book in Chicago notes, and the interface-language books in Latin, Cyrillic and CJK
 * script. Ace runs axe-core in Chromium over every content document and checks the package's
 * accessibility metadata.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { projectRoot } from '../scripts/resources.ts';
import { ace } from './helpers/ace.ts';
import { fixture } from './helpers/cli.ts';
import { buildEpub } from './helpers/epub.ts';

const books: Array<[name: string, dir: string]> = [
  ['the flagship', join(projectRoot, 'manuscript')],
  ...['epub-book', 'minimal', 'timeline-book', 'figures-book', 'citation-notes', 'lang-de', 'lang-ru', 'lang-zh', 'cover-image', 'author-css', 'author-fonts'].map((name): [string, string] => [name, fixture(name)]),
];

describe('DAISY Ace', () => {
  it.each(books)('finds no violation in %s', (_name, dir) => {
    const { outcome, violations } = ace(buildEpub(dir).path);
    expect(violations).toEqual([]);
    expect(outcome).toBe('pass');
  }, 300_000);
});
