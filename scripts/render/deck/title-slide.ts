/**
 * The title slide, from the book's front matter: title, subtitle, authors and, when given, the
 * year of publication and the licence (a lecture handed out as a PDF should carry both).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../manuscript/schema.ts';

export function titleSlide(book: Book): Element {
  const meta = [book.published?.slice(0, 4) ?? book.dateText, book.copyright, book.license].filter((part): part is string => Boolean(part));
  return h('section', { id: 'deck-title', className: ['title-slide', 'center'] }, [
    h('h1', book.title),
    ...(book.subtitle ? [h('p', { className: ['subtitle'] }, book.subtitle)] : []),
    ...(book.authors.length > 0 ? [h('p', { className: ['authors'] }, book.authors.join(', '))] : []),
    ...(meta.length > 0 ? [h('p', { className: ['meta'] }, meta.join(' · '))] : []),
  ]);
}
