/** pandoc's and Quarto's front matter, normalised into the `Book` (schema/normalize-book.ts), each message at the author's key or value. */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { readNocite } from '../scripts/citations/nocite.ts';
import { parseFrontMatter } from '../scripts/manuscript/front-matter.ts';
import { bookFrontMatter } from '../scripts/manuscript/schema.ts';
import { readBookYaml } from './helpers/book.ts';

/** Messages are `line:column` in the file: the YAML starts on line 2, after the `---`. */
const read = (yaml: string) => readBookYaml(yaml);

describe('book front matter written for pandoc or Quarto', () => {
  it('needs only a title: no author, date, identifier or lang, and is then English, as in pandoc', () => {
    const { book, messages } = read('title: Only a title\n');
    expect(messages).toEqual([]);
    expect(book).toMatchObject({ title: 'Only a title', authors: [], lang: 'en', published: undefined });
    expect(book!.identifier).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('derives the same UUID (version 5) from the same title and authors on every build, and another when they change', () => {
    const a = read('title: A\nauthor: Ada\nlang: en\n').book!.identifier;
    expect(read('title: A\nauthor: Ada\nlang: en\n').book!.identifier).toBe(a);
    expect(a).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5/);
    expect(read('title: A\nauthor: Boris\nlang: en\n').book!.identifier).not.toBe(a);
    expect(read('title: B\nauthor: Ada\nlang: en\n').book!.identifier).not.toBe(a);
  });

  it('reads `author` as text, a list, or mappings with affiliations, ORCID and e-mail (Quarto names too)', () => {
    const { book } = read(`title: T
lang: en
author:
  - name: Ada Author
    affiliation: [University A, {name: Institute B, city: Turin}]
    orcid: 0000-0002-1825-0097
    email: ada@example.org
  - name: {given: Boris, family: Borisov}
  - Clara
`);
    expect(book!.authors).toEqual(['Ada Author', 'Boris Borisov', 'Clara']);
    expect(book!.creators[0]).toEqual({ name: 'Ada Author', affiliations: ['University A', 'Institute B, Turin'], orcid: '0000-0002-1825-0097', email: 'ada@example.org', url: undefined });
    expect(read('title: T\nlang: en\nauthor: Ada Author\n').book!.authors).toEqual(['Ada Author']);
  });

  it('reads `date` as ISO, a month or year, or words in English or the book’s language, shown as written', () => {
    const date = (value: string, lang = 'en') => {
      const { book } = read(`title: T\nlang: ${lang}\ndate: "${value}"\n`);
      return [book!.published, book!.dateText];
    };
    expect(date('2024-03-01')).toEqual(['2024-03-01', undefined]);
    expect(date('2024-03')).toEqual(['2024-03', undefined]);
    expect(date('March 1, 2024')).toEqual(['2024-03-01', 'March 1, 2024']);
    expect(date('1 March 2024')).toEqual(['2024-03-01', '1 March 2024']);
    expect(date('1. März 2024', 'de')).toEqual(['2024-03-01', '1. März 2024']);
    expect(date('1 марта 2024 г.', 'ru')).toEqual(['2024-03-01', '1 марта 2024 г.']);
    expect(date('Spring 2024')).toEqual(['2024', 'Spring 2024']);
    expect(date('in the spring')).toEqual([undefined, 'in the spring']);
  });

  it('gives `date: today` no date and says why, at the value', () => {
    const { book, messages } = read('title: T\nlang: en\ndate: today\n');
    expect(book!.published).toBeUndefined();
    expect(messages).toEqual([expect.stringMatching(/^4:7 front-matter-ignored `date: today` asks for the day of the build/)]);
  });

  it('refuses a day no calendar has, at the value', () => {
    expect(read('title: T\nlang: en\ndate: 2024-02-30\n').messages).toEqual([expect.stringMatching(/^4:7 front-matter-invalid The book field `date` is not a real calendar day/)]);
  });

  it('maps abstract, rights, copyright, subject, institute, toc-title, cover-image, css, nocite and identifier lists', () => {
    const { book, messages } = read(`title: T
lang: en
abstract: |
  First *paragraph*.

  Second.
rights: CC BY 4.0
copyright: {holder: Ada Author, year: 2024}
keywords: [a, b]
subject: c
institute: [Inst A, Inst B]
toc-title: Inhalt
cover-image: images/cover.png
css: [a.css, b.css]
nocite: "@smith2004, @{odd key}; [@jones]"
identifier:
  - scheme: DOI
    text: doi:10.1234/abc
  - scheme: ISBN-13
    text: 978-0-306-40615-7
`);
    expect(messages).toEqual([]);
    expect(book).toMatchObject({
      description: 'First paragraph. Second.',
      license: 'CC BY 4.0',
      copyright: '© 2024 Ada Author',
      keywords: ['a', 'b', 'c'],
      institutes: ['Inst A', 'Inst B'],
      words: { contents: 'Inhalt' },
      coverImage: 'images/cover.png',
      css: Object.fromEntries(['page', 'epub', 'deck'].map((output) => [output, [{ file: 'a.css', at: ['css', 0] }, { file: 'b.css', at: ['css', 1] }]])),
      // Kept as written; citations/nocite.ts reads its keys (tests/bibliography-formats.test.ts).
      nocite: '@smith2004, @{odd key}; [@jones]',
      identifier: 'doi:10.1234/abc',
      identifiers: [{ scheme: 'DOI', value: 'doi:10.1234/abc' }, { scheme: 'ISBN-13', value: '978-0-306-40615-7' }],
    });
  });

  it('gives each output its own `css`, and the deck its `deck.css` after them', () => {
    const { book, messages } = read('title: T\nlang: en\ncss: {page: p.css, deck: [d.css]}\ndeck: {css: talk.css}\n');
    expect(messages).toEqual([]);
    expect(book!.css).toEqual({
      page: [{ file: 'p.css', at: ['css', 'page'] }],
      epub: [],
      deck: [{ file: 'd.css', at: ['css', 'deck', 0] }, { file: 'talk.css', at: ['deck', 'css'] }],
    });
  });

  it('takes `words.contents` over `toc-title`, and says so at `toc-title`', () => {
    const { book, messages } = read('title: T\nlang: de\ntoc-title: Inhalt\nwords: {contents: Übersicht, notes: Anmerkungen}\n');
    expect(book!.words).toEqual({ contents: 'Übersicht', notes: 'Anmerkungen' });
    expect(messages).toEqual([expect.stringMatching(/^4:1 front-matter-ignored `toc-title` and `words.contents` both give the heading of the table of contents/)]);
  });

  it('reads the keys of a `nocite` written as pandoc citations, `@{…}` and brackets included', () => {
    const yaml = 'title: T\nlang: en\nnocite: "@smith2004, @{odd key}; [@jones]"\n';
    const bookFile = new VFile({ path: 'book.md', value: `---\n${yaml}---\n` });
    const bookMatter = parseFrontMatter(bookFile, yaml, { line: 2, offset: 4 }, bookFrontMatter)!;
    const nocite = readNocite({ book: bookMatter.data, bookFile, bookMatter });
    expect(nocite.all).toBe(false);
    expect(nocite.keys.map((item) => `${item.key} ${item.position?.start.line}:${item.position?.start.column}`)).toEqual(['smith2004 4:10', 'odd key 4:22', 'jones 4:35']);
  });

  it('prefers the format’s own key to its synonym, and says so at the synonym', () => {
    const { book, messages } = read('title: T\nlang: en\npublished: 2024-01-01\ndate: 2023-05-05\nauthors: [Ada]\nauthor: Boris\n');
    expect(book).toMatchObject({ published: '2024-01-01', authors: ['Ada'] });
    expect(messages).toEqual([
      expect.stringMatching(/^7:1 front-matter-ignored `author` and `authors` both give the book’s authors/),
      expect.stringMatching(/^5:1 front-matter-ignored `date` and `published` both give the book’s publication date/),
    ]);
  });

  it('warns about another tool’s key once, at the key, and about a typo as an unknown key', () => {
    const { book, messages } = read('title: T\nlang: en\nmainfont: DejaVu Serif\nlinkReferences: true\noutput: html_document\nsubtitel: x\n');
    expect(book).toBeDefined();
    expect(messages.map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['4:1 front-matter-ignored', '5:1 front-matter-ignored', '6:1 front-matter-ignored', '7:1 front-matter-unknown-key']);
    expect(messages[0]).toContain('`mainfont` belongs to LaTeX');
  });

  it('points at the deepest wrong value of an author mapping, and checks an ISBN in an identifier list', () => {
    expect(read('title: T\nlang: en\nauthor:\n  - name: 5\n').messages).toEqual([expect.stringMatching(/^5:11 front-matter-invalid The book field `author\[0\]\.name`/)]);
    expect(read('title: T\nlang: en\nauthor: 5\n').messages).toEqual([expect.stringMatching(/^4:9 front-matter-invalid The book field `author` is neither a name, a list of names, nor a list of/)]);
    expect(read('title: T\nlang: en\nidentifier:\n  - scheme: ISBN-13\n    text: 978-0-306-40615-8\n').messages).toEqual([
      expect.stringMatching(/^6:11 front-matter-invalid The book field `identifier\[0\]\.text` is an ISBN with a wrong check digit/),
    ]);
    expect(read('title: T\nlang: en\nidentifier: doi:10.1234/abc\n').messages).toEqual([]);
  });
});
