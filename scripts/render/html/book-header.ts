/**
 * The page's title block, from the front matter: title, subtitle, authors, publication date and
 * licence (linked when it is a Creative Commons licence we can name by URL).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../manuscript/schema.ts';
import { licenseUrl } from './license-url.ts';
import { formatIsoDate } from '../../i18n/format-date.ts';
import type { Words } from '../../i18n/words.ts';

export function bookHeader(book: Book, words: Words): Element {
  const license = book.license;
  const url = license ? licenseUrl(license) : undefined;
  const facts: ElementContent[] = [h('time', { dateTime: book.published }, formatIsoDate(words, book.published))];
  if (license) facts.push({ type: 'text', value: ' · ' }, url ? h('a', { href: url, rel: ['license'] }, license) : h('span', license));
  return h('header', { className: ['book-header'] }, [
    h('h1', { className: ['book-title'] }, book.title),
    ...(book.subtitle ? [h('p', { className: ['book-subtitle'] }, book.subtitle)] : []),
    h('p', { className: ['book-authors'] }, listFormat(book.authors, book.lang)),
    h('p', { className: ['book-facts'] }, facts),
  ]);
}

function listFormat(names: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names);
}
