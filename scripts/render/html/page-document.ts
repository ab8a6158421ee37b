/**
 * The page's layout as a hast tree: a skip link, the title block, the table of contents, and the
 * chapters and bibliography in `<main>`. page.css turns it into one column on phones and a
 * sidebar plus a text column on wide screens; the structure is the same for both and for print.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Manuscript } from '../../manuscript/types.ts';
import type { TocEntry } from '../hast/book-to-hast.ts';
import { bookHeader } from './book-header.ts';
import { pageHead } from './page-head.ts';
import { tableOfContents } from './toc.ts';
import type { Words } from '../../i18n/words.ts';

export interface PageParts {
  manuscript: Manuscript;
  words: Words;
  /** The chapters: elements, or `raw` nodes holding their HTML (render-html.ts). */
  sections: readonly ElementContent[];
  toc: readonly TocEntry[];
  /** The bibliography's entries: elements, or one `raw` node holding their HTML (render-html.ts). */
  bibliography: readonly ElementContent[];
  /** CSS appended to page.css: the figures' colours for a dark scheme (figures/dark-mode.ts) when a chapter holds a figure, the pandoc classes the book uses (render/hast/pandoc-class-styles.ts), and templates/page-syntax.css when it has code, math or definition lists. */
  styles?: string;
  /** The keys of the works the bibliography lists (the JSON-LD's `citation`). */
  listed: ReadonlySet<string>;
}

export const bibliographyId = 'bibliography';

export function pageDocument({ manuscript, words, sections, toc, bibliography, styles, listed }: PageParts): Root {
  const { book } = manuscript;
  const hasBibliography = bibliography.length > 0;
  const extra: TocEntry[] = hasBibliography ? [{ id: bibliographyId, title: words.bibliography, depth: 1, children: [] }] : [];
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: book.lang }, [
        pageHead(manuscript, words, listed, styles),
        h('body', [
          h('a', { className: ['skip-link'], href: '#main' }, words.skipToText),
          h('div', { className: ['page'] }, [
            bookHeader(book, words),
            tableOfContents(toc, extra, words),
            h('main', { id: 'main' }, [
              ...sections,
              ...(hasBibliography
                ? [h('section', { id: bibliographyId, className: ['bibliography'], ariaLabelledBy: `${bibliographyId}-title` }, [
                    h('h2', { id: `${bibliographyId}-title` }, words.bibliography),
                    h('ul', { className: ['references'] }, [...bibliography]),
                  ])]
                : []),
            ]),
          ]),
        ]),
      ]),
    ],
  };
}
