/**
 * The page's `<head>`: language-independent metadata (charset, viewport, colour schemes), one
 * canonical title ("Title: Subtitle", also Open Graph's, https://ogp.me/), a description that is
 * never empty, the Schema.org JSON-LD, and the whole stylesheet inline (with what the book needs
 * beyond page.css: the figures' colours for a dark scheme, pandoc classes, code and math).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Manuscript } from '../../manuscript/types.ts';
import { template } from '../../resources.ts';
import { jsonLd } from './json-ld.ts';
import { titleByAuthors } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/words.ts';

export function canonicalTitle(manuscript: Manuscript): string {
  const { title, subtitle } = manuscript.book;
  return subtitle ? `${title}: ${subtitle}` : title;
}

/** `listed`: the works the bibliography lists (the JSON-LD's `citation`); `styles`: rules appended to page.css. */
export function pageHead(manuscript: Manuscript, words: Words, listed: ReadonlySet<string>, styles = ''): Element {
  const { book } = manuscript;
  const title = canonicalTitle(manuscript);
  // Fallbacks, in order, so a shared link always has a summary.
  const description = book.description ?? book.subtitle ?? titleByAuthors(words, book.title, book.authors);
  return h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('title', title),
    h('meta', { name: 'description', content: description }),
    ...(book.authors.length > 0 ? [h('meta', { name: 'author', content: book.authors.join(', ') })] : []),
    h('meta', { name: 'generator', content: 'Triptych' }),
    h('meta', { property: 'og:type', content: 'book' }),
    h('meta', { property: 'og:title', content: title }),
    h('meta', { property: 'og:description', content: description }),
    h('meta', { property: 'og:locale', content: book.lang.replace('-', '_') }),
    jsonLd(manuscript, listed),
    h('style', template('page.css') + styles),
  ]);
}
