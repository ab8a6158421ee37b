/**
 * The page's title block, from the front matter (render/hast/title-facts.ts): title, subtitle,
 * authors, then the publication date, the licence (linked when it is a Creative Commons licence
 * we can name by URL) and the identifier.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../manuscript/schema.ts';
import type { Words } from '../../i18n/words.ts';
import { titleFacts } from '../hast/title-facts.ts';

export function bookHeader(book: Book, words: Words): Element {
  const facts = titleFacts(book, words);
  const items: ElementContent[] = [h('time', { dateTime: facts.published.iso }, facts.published.text)];
  const license = facts.license;
  if (license) items.push({ type: 'text', value: ' · ' }, license.url ? h('a', { href: license.url, rel: ['license'] }, license.text) : h('span', license.text));
  return h('header', { className: ['book-header'] }, [
    h('h1', { className: ['book-title'] }, facts.title),
    ...(facts.subtitle ? [h('p', { className: ['book-subtitle'] }, facts.subtitle)] : []),
    h('p', { className: ['book-authors'] }, facts.byline),
    h('p', { className: ['book-facts'] }, items),
    h('p', { className: ['book-identifier'] }, [h('span', { className: ['label'] }, `${words.identifier}: `), facts.identifier]),
  ]);
}
