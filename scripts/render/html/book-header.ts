/**
 * The page's title block, from the front matter: title, subtitle, authors, publication date
 * (as the author wrote it when in words), copyright and licence (linked when it is a Creative
 * Commons licence we can name by URL).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../manuscript/schema.ts';
import { licenseUrl } from './license-url.ts';

export function bookHeader(book: Book): Element {
  const license = book.license;
  const url = license ? licenseUrl(license) : undefined;
  const shown = book.dateText ?? (book.published ? longDate(book.published, book.lang) : undefined);
  const parts: ElementContent[] = [
    ...(shown === undefined ? [] : [book.published ? h('time', { dateTime: book.published }, shown) : h('span', shown)]),
    ...(book.copyright ? [h('span', book.copyright)] : []),
    ...(license ? [url ? h('a', { href: url, rel: ['license'] }, license) : h('span', license)] : []),
  ];
  const facts = parts.flatMap((part, index): ElementContent[] => (index === 0 ? [part] : [{ type: 'text', value: ' · ' }, part]));
  return h('header', { className: ['book-header'] }, [
    h('h1', { className: ['book-title'] }, book.title),
    ...(book.subtitle ? [h('p', { className: ['book-subtitle'] }, book.subtitle)] : []),
    ...(book.authors.length > 0 ? [h('p', { className: ['book-authors'] }, listFormat(book.authors, book.lang))] : []),
    ...(facts.length > 0 ? [h('p', { className: ['book-facts'] }, facts)] : []),
  ]);
}

/** `2026-11-25` → `25 November 2026` (`2026-11` → `November 2026`), in the book's language; UTC, so no time zone moves the day. */
function longDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year ?? 1970, month - 1, day ?? 1));
  // Plain `en` is day–month–year here, as the book's own dates are ("9 February 1716").
  const locale = lang === 'en' ? 'en-GB' : lang;
  const options: Intl.DateTimeFormatOptions = day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

function listFormat(names: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names);
}
