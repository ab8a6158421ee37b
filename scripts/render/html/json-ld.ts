/**
 * Schema.org metadata as JSON-LD (https://schema.org/Book, https://json-ld.org/), so the page is
 * described when it is shared or indexed: title, authors, date, language, licence, and the works
 * it cites. A `<script type="application/ld+json">` is a data block, never executed
 * (https://html.spec.whatwg.org/#data-block).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CslItem, CslName } from '../../manuscript/csl.ts';
import type { Manuscript } from '../../manuscript/types.ts';
import { licenseUrl } from './license-url.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** `listed`: the keys of the works the bibliography lists (a shared library holds many it does not). */
export function jsonLd(manuscript: Manuscript, listed: ReadonlySet<string>): Element {
  const { book } = manuscript;
  const isbn = book.identifier.startsWith('urn:') ? undefined : book.identifier.replace(/[^0-9X]/gi, '');
  const data: { [key: string]: Json } = {
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: book.title,
    ...(book.subtitle ? { alternativeHeadline: book.subtitle } : {}),
    author: book.authors.map((name) => ({ '@type': 'Person', name })),
    ...(book.published ? { datePublished: book.published } : {}),
    inLanguage: book.lang,
    identifier: book.identifier,
    ...(isbn ? { isbn } : {}),
    ...(book.description ? { description: book.description } : {}),
    ...(book.license ? { license: licenseUrl(book.license) ?? book.license } : {}),
    hasPart: manuscript.chapters.map((chapter) => ({ '@type': 'Chapter', name: chapter.meta.title, position: chapter.number })),
    citation: (manuscript.bibliography?.entries ?? []).filter((entry) => listed.has(String(entry.id))).map(citedWork),
  };
  // `</script>` inside a string would end the element early: escape every `<` (JSON allows \u003c).
  const text = JSON.stringify(data, null, 1).replace(/</g, '\\u003c');
  return h('script', { type: 'application/ld+json' }, text);
}

const typeByCsl: Record<string, string> = {
  book: 'Book',
  chapter: 'Chapter',
  'article-journal': 'ScholarlyArticle',
  'article-magazine': 'Article',
  'article-newspaper': 'NewsArticle',
  thesis: 'Thesis',
  webpage: 'WebPage',
  map: 'Map',
  manuscript: 'Manuscript',
};

function citedWork(entry: CslItem): { [key: string]: Json } {
  const year = entry.issued?.['date-parts']?.[0]?.[0];
  const publisher = typeof entry['publisher'] === 'string' ? entry['publisher'] : undefined;
  const url = typeof entry['URL'] === 'string' ? entry['URL'] : undefined;
  return {
    '@type': typeByCsl[entry.type] ?? 'CreativeWork',
    ...(entry.title ? { name: entry.title } : {}),
    ...(entry.author?.length ? { author: entry.author.map(person) } : {}),
    ...(year !== undefined ? { datePublished: String(year) } : entry.issued?.literal ? { datePublished: entry.issued.literal } : {}),
    ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
    ...(entry.ISBN ? { isbn: entry.ISBN } : {}),
    ...(url ? { url } : {}),
  };
}

function person(name: CslName): { [key: string]: Json } {
  if (name.literal) return { '@type': 'Person', name: name.literal };
  return {
    '@type': 'Person',
    name: [name.given, name.family].filter(Boolean).join(' '),
    ...(name.family ? { familyName: name.family } : {}),
    ...(name.given ? { givenName: name.given } : {}),
  };
}
