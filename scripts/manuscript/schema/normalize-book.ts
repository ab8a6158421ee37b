/**
 * The one step that turns `book.md`'s front matter into the `Book` the rest of Triptych reads, in
 * one explicit chain of fallbacks (pandoc normalises its EPUB metadata the same way):
 *   authors      ← `authors`, else `author` (text, a list, or `{name, affiliation, orcid, email}`)
 *   lang         ← `lang`, else `en` (a warning says so)
 *   published    ← `published`, else `date` (ISO, or words shown as written: publication-date.ts)
 *   identifier   ← `identifier` (text or pandoc's `{scheme, text}` list), else a UUID of title and authors
 *   description  ← `description`, else `abstract` as plain text
 *   license      ← `license`, else `rights`; `copyright` is kept beside it
 *   keywords     ← `keywords` and `subject`
 *   words        ← `words`, its `contents` else `toc-title` (pandoc's heading of the contents)
 *   css          ← `css` (pandoc's: for every output, or `{page, epub, deck}`), and `deck.css` for the deck
 *   title, subtitle with smart punctuation, as pandoc reads its metadata as Markdown (typography/)
 * Where a key and its synonym are both given, the format's own key wins and the other is reported
 * (`front-matter-ignored`) at its key, so nothing the author wrote is dropped without a word.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { NormalizeContext, Path } from '../front-matter.ts';
import type { StyledOutput } from './look.ts';
import { derivedIdentifier } from '../identifier.ts';
import { readPublicationDate } from '../publication-date.ts';
import { smartString } from '../../typography/smart-punctuation.ts';
import type { BookFrontMatter } from './book.ts';
import { toCreators, type Creator } from './creators.ts';

export type { Creator } from './creators.ts';

export interface AuthorStyleRef {
  /** As written, relative to the book. */
  file: string;
  /** Its value's path in the front matter, for messages. */
  at: Path;
}

export interface BookIdentifier {
  /** pandoc's `scheme` (`ISBN-13`, `DOI`, `UUID`…), when given. */
  scheme: string | undefined;
  value: string;
}

/** The book as the model holds it: every field resolved, whichever tool's key it was written with. */
export interface Book extends Pick<BookFrontMatter, 'title' | 'slug' | 'chapters' | 'csl' | 'calendar' | 'period' | 'people' | 'places' | 'events' | 'sides' | 'glance' | 'deck' | 'checks' | 'nocite' | 'bibliography-unused' | 'crossref-numbering' | 'fonts'> {
  subtitle: string | undefined;
  /** The authors' names, as displayed; may be empty. */
  authors: string[];
  /** The same authors with what else the front matter says of them. */
  creators: Creator[];
  lang: string;
  /** Whether the front matter gave `lang` (else `lang` is `en`, and load.ts checks the text looks English). */
  langGiven: boolean;
  /** The first of `identifiers`: the EPUB's unique identifier. */
  identifier: string;
  identifiers: BookIdentifier[];
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; undefined when the front matter gives no date with a year. */
  published: string | undefined;
  /** The date as the author wrote it, when that is not the ISO form (`March 1, 2024`): shown as written. */
  dateText: string | undefined;
  description: string | undefined;
  license: string | undefined;
  copyright: string | undefined;
  publisher: string | undefined;
  bibliography: string[];
  coverImage: string | undefined;
  /** The author's style sheets (`css`) of each output, in cascade order. */
  css: Record<StyledOutput, AuthorStyleRef[]>;
  keywords: string[];
  institutes: string[];
  /** The author's interface words over the language's table (`words:`; `toc-title` is `contents`). */
  words: BookFrontMatter['words'];
  /** `title-slide-attributes`: reveal.js `data-*` attributes of the deck's title slide, values as text. */
  titleSlideAttributes: Record<string, string>;
}

/** The last day a zip, and so an EPUB, can date its files. */
const lastZipDay = '2099-12-31';

export function normalizeBook(front: BookFrontMatter, context: NormalizeContext): Book {
  const pick = <T>(own: keyof BookFrontMatter, ownValue: T | undefined, other: keyof BookFrontMatter, otherValue: T | undefined): T | undefined => {
    if (ownValue !== undefined && otherValue !== undefined) {
      context.report([other], `\`${other}\` and \`${own}\` both give the book’s ${meaning[own] ?? own}: \`${own}\` is used and \`${other}\` is ignored; remove one of the two`, 'front-matter-ignored', 'warning', 'key');
    }
    return ownValue ?? otherValue;
  };

  const creatorsPath = front.authors !== undefined ? 'authors' : 'author';
  const creators = toCreators(pick('authors', front.authors, 'author', front.author), creatorsPath, context);
  const authors = creators.map((creator) => creator.name);

  // As in pandoc and Quarto, a book without `lang` is English; load.ts warns when its text is not.
  const lang = front.lang ?? 'en';

  const dateKey = front.published !== undefined ? 'published' : 'date';
  const dateValue = pick('published', front.published, 'date', front.date);
  let published: string | undefined;
  let dateText: string | undefined;
  if (dateValue !== undefined) {
    const read = readPublicationDate(dateValue, lang);
    if (read === 'clock') {
      context.report([dateKey], `\`${dateKey}: ${String(dateValue)}\` asks for the day of the build, which would make every build differ: the book gets no date (the EPUB is stamped 1980-01-01, or \`SOURCE_DATE_EPOCH\`); write the publication date, e.g. \`2024-03-01\``, 'front-matter-ignored', 'warning');
    } else if (read.iso === undefined && /^\d{4}-\d{2}(-\d{2})?$/.test(String(dateValue))) {
      context.report([dateKey], `The book field \`${dateKey}\` is not a real calendar day; correct the value`, 'front-matter-invalid');
    } else if (read.iso !== undefined && read.iso > lastZipDay) {
      context.report([dateKey], `The book field \`${dateKey}\` is after 2099, the last year a zip, and so an EPUB, can date its files; correct the value`, 'front-matter-invalid');
    } else {
      published = read.iso;
      dateText = read.text;
    }
  }

  const identifiers = toIdentifiers(front.identifier) ?? [{ scheme: 'UUID', value: derivedIdentifier(front.title, authors) }];
  const license = pick('license', licenseText(front.license), 'rights', front.rights);
  const description = pick('description', front.description, 'abstract', front.abstract === undefined ? undefined : plainText(front.abstract));
  const tocTitle = front['toc-title'];
  if (tocTitle !== undefined && front.words?.contents !== undefined) {
    context.report(['toc-title'], '`toc-title` and `words.contents` both give the heading of the table of contents: `words.contents` is used and `toc-title` is ignored; remove one of the two', 'front-matter-ignored', 'warning', 'key');
  }
  const words = tocTitle === undefined || front.words?.contents !== undefined ? front.words : { ...front.words, contents: tocTitle };

  return {
    title: smartString(front.title, lang),
    subtitle: front.subtitle === undefined ? undefined : smartString(front.subtitle, lang),
    authors,
    creators,
    lang,
    langGiven: front.lang !== undefined,
    identifier: identifiers[0]!.value,
    identifiers,
    published,
    dateText,
    description,
    license,
    copyright: copyrightText(front.copyright),
    publisher: front.publisher,
    slug: front.slug,
    chapters: front.chapters,
    bibliography: list(front.bibliography),
    csl: front.csl,
    // As written: citations/nocite.ts reads the keys and where each is written.
    nocite: front.nocite,
    'bibliography-unused': front['bibliography-unused'],
    'crossref-numbering': front['crossref-numbering'],
    coverImage: front['cover-image'],
    css: styleRefs(front.css, front.deck.css),
    fonts: front.fonts,
    keywords: [...new Set([...list(front.keywords), ...list(front.subject)])],
    institutes: list(front.institute),
    words,
    titleSlideAttributes: Object.fromEntries(Object.entries(front['title-slide-attributes'] ?? {}).map(([key, value]) => [key, String(value)])),
    calendar: front.calendar,
    period: front.period,
    people: front.people,
    places: front.places,
    events: front.events,
    sides: front.sides,
    glance: front.glance && smartGlance(front.glance, lang),
    deck: front.deck,
    checks: front.checks,
  };
}

const meaning: Partial<Record<keyof BookFrontMatter, string>> = {
  authors: 'authors',
  published: 'publication date',
  description: 'description',
  license: 'licence',
};

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** `css` as each output's list, in the order given; the deck's own `deck.css` comes last in the deck's. */
function styleRefs(value: BookFrontMatter['css'], deckCss: string | string[] | undefined): Record<StyledOutput, AuthorStyleRef[]> {
  const refs = (files: string | string[] | undefined, at: Path): AuthorStyleRef[] =>
    files === undefined ? [] : typeof files === 'string' ? [{ file: files, at }] : files.map((file, index) => ({ file, at: [...at, index] }));
  const shared = typeof value === 'string' || Array.isArray(value) ? refs(value, ['css']) : undefined;
  const byOutput = (output: StyledOutput) => shared ?? refs(value === undefined || typeof value === 'string' || Array.isArray(value) ? undefined : value[output], ['css', output]);
  return { page: byOutput('page'), epub: byOutput('epub'), deck: [...byOutput('deck'), ...refs(deckCss, ['deck', 'css'])] };
}

function toIdentifiers(value: BookFrontMatter['identifier']): BookIdentifier[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map((entry) => (typeof entry === 'string' ? { scheme: undefined, value: entry } : { scheme: entry.scheme, value: entry.text }));
}

function licenseText(value: BookFrontMatter['license']): string | undefined {
  return typeof value === 'object' ? (value.text ?? value.type ?? value.url) : value;
}

/** Quarto's `{holder, year}` reads "© 2024 Holder". */
function copyrightText(value: BookFrontMatter['copyright']): string | undefined {
  if (typeof value !== 'object') return value;
  if (value.statement) return value.statement;
  const words = [value.year, value.holder].filter((part) => part !== undefined && part !== '').join(' ');
  return words === '' ? undefined : `© ${words}`;
}

/** pandoc's `abstract` is Markdown; a description is plain text. */
function plainText(markdown: string): string {
  return fromMarkdown(markdown)
    .children.map((block) => toString(block))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The glance's prose, typeset like the book's (curly quotes, dashes): it is printed, not checked. */
function smartGlance(glance: NonNullable<BookFrontMatter['glance']>, lang: string): NonNullable<BookFrontMatter['glance']> {
  const smart = (text: string | undefined) => (text === undefined ? undefined : smartString(text, lang));
  return {
    ...glance,
    conflict: smart(glance.conflict),
    date: smart(glance.date),
    place: smart(glance.place),
    partOf: smart(glance.partOf),
    result: smart(glance.result),
    territory: smart(glance.territory),
    note: smart(glance.note),
    belligerents: glance.belligerents.map((side) => ({ ...side, name: smartString(side.name, lang), commanders: side.commanders.map((c) => ({ ...c, note: smart(c.note) })) })),
  };
}
