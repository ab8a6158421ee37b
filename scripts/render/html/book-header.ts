/**
 * The page's title block, from the front matter: title, subtitle, authors, publication date and
 * licence (linked when it is a Creative Commons licence we can name by URL).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../manuscript/schema.ts';
import { licenseUrl } from './license-url.ts';

export function bookHeader(book: Book): Element {
  const license = book.license;
  const url = license ? licenseUrl(license) : undefined;
  const facts: ElementContent[] = [h('time', { dateTime: book.published }, longDate(book.published, book.lang))];
  if (license) facts.push({ type: 'text', value: ' · ' }, url ? h('a', { href: url, rel: ['license'] }, license) : h('span', license));
  return h('header', { className: ['book-header'] }, [
    h('h1', { className: ['book-title'] }, book.title),
    ...(book.subtitle ? [h('p', { className: ['book-subtitle'] }, book.subtitle)] : []),
    h('p', { className: ['book-authors'] }, listFormat(book.authors, book.lang)),
    h('p', { className: ['book-facts'] }, facts),
  ]);
}

/** `2026-11-25` → `25 November 2026`, in the book's language; UTC, so no time zone moves the day. */
function longDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  // Plain `en` is day–month–year here, as the book's own dates are ("9 February 1716").
  const locale = lang === 'en' ? 'en-GB' : lang;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function listFormat(names: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names);
}
