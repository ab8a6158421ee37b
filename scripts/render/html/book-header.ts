/**
 * The page's title block, from the front matter (render/hast/title-facts.ts): title, subtitle,
 * authors, then the publication date (as the author wrote it when in words), the copyright line,
 * the licence (linked when it is a Creative Commons licence we can name by URL) and the identifier.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../manuscript/schema.ts';
import type { Words } from '../../i18n/words.ts';
import { titleFacts } from '../hast/title-facts.ts';

export function bookHeader(book: Book, words: Words): Element {
  const facts = titleFacts(book, words);
  const { published, license } = facts;
  const parts: ElementContent[] = [
    ...(published ? [published.iso ? h('time', { dateTime: published.iso }, published.text) : h('span', published.text)] : []),
    ...(facts.copyright ? [h('span', facts.copyright)] : []),
    ...(license ? [license.url ? h('a', { href: license.url, rel: ['license'] }, license.text) : h('span', license.text)] : []),
  ];
  const items = parts.flatMap((part, index): ElementContent[] => (index === 0 ? [part] : [{ type: 'text', value: ' · ' }, part]));
  return h('header', { className: ['book-header'] }, [
    h('h1', { className: ['book-title'] }, facts.title),
    ...(facts.subtitle ? [h('p', { className: ['book-subtitle'] }, facts.subtitle)] : []),
    ...(facts.byline ? [h('p', { className: ['book-authors'] }, facts.byline)] : []),
    ...(items.length > 0 ? [h('p', { className: ['book-facts'] }, items)] : []),
    h('p', { className: ['book-identifier'] }, [h('span', { className: ['label'] }, `${words.identifier}: `), facts.identifier]),
  ]);
}
