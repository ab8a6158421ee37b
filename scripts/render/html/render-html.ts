/**
 * The standalone page: one HTML file with its CSS inlined, nothing to fetch. Built as a hast tree
 * and serialised once.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { template } from '../../resources.ts';
import type { TocEntry } from '../hast/book-to-hast.ts';
import type { Renderer } from '../types.ts';

export const renderHtml: Renderer = ({ context, chapters }) => {
  const { book, slug } = context.manuscript;
  const bibliography = context.citations.bibliography();
  const page = h('html', { lang: book.lang }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', book.subtitle ? `${book.title}: ${book.subtitle}` : book.title),
      ...(book.description ? [h('meta', { name: 'description', content: book.description })] : []),
      h('meta', { name: 'author', content: book.authors.join(', ') }),
      h('style', template('page.css')),
    ]),
    h('body', [
      h('header', { className: ['book-header'] }, [
        h('h1', { className: ['book-title'] }, book.title),
        ...(book.subtitle ? [h('p', { className: ['book-subtitle'] }, book.subtitle)] : []),
        h('p', { className: ['book-byline'] }, [
          book.authors.join(', '),
          ' · ',
          h('time', { dateTime: book.published }, book.published),
          ...(book.license ? [' · ', book.license] : []),
        ]),
      ]),
      h('nav', { className: ['toc'], ariaLabel: 'Contents' }, [h('h2', 'Contents'), tocList(chapters.map((c) => c.toc))]),
      h('main', [
        ...chapters.map((c) => c.section),
        ...(bibliography.length > 0
          ? [h('section', { id: 'bibliography', className: ['bibliography'] }, [h('h1', 'Bibliography'), h('ul', bibliography)])]
          : []),
      ]),
    ]),
  ]);
  const html = `<!doctype html>\n${toHtml(page)}\n`;
  return [{ path: `${slug}.html`, data: html }];
};

function tocList(entries: TocEntry[]): Element {
  return h(
    'ol',
    entries.map((entry) => {
      const children: ElementContent[] = [h('a', { href: `#${entry.id}` }, entry.title)];
      const sub = entry.children.filter((child) => child.depth <= 2);
      if (sub.length > 0) children.push(tocList(sub));
      return h('li', children);
    }),
  );
}
