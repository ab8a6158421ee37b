/**
 * The table of contents: chapters and their sections (two levels), written once, as a list in a
 * `<nav aria-label="Contents">` under a "Contents" heading. Beside the heading, before the list,
 * an empty `<details>` whose `<summary>` is the narrow layout's disclosure: page.css shows the
 * heading and hides the toggle from 64 rem (a sidebar, always open, nothing to toggle), and below
 * it hides the heading and shows the list only while the toggle is open
 * (`.toc-toggle:not([open]) + ol`). So the disclosure's state (`expanded`) is true to what shows,
 * no script runs, and no browser needs `::details-content` (Firefox < 143, Safari < 18.4 lack it)
 * to see the sidebar. In print the contents are left out.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TocEntry } from '../hast/book-to-hast.ts';
import type { Words } from '../../i18n/words.ts';

export const tocListId = 'toc-list';

export function tableOfContents(entries: readonly TocEntry[], extra: readonly TocEntry[], words: Words): Element {
  return h('nav', { className: ['toc'], ariaLabel: words.contents }, [
    h('h2', { className: ['toc-title'] }, words.contents),
    h('details', { className: ['toc-toggle'] }, [h('summary', { ariaControls: tocListId }, words.contents)]),
    tocList([...entries, ...extra], 1, tocListId),
  ]);
}

function tocList(entries: readonly TocEntry[], depth: number, id?: string): Element {
  return h(
    'ol',
    { className: [`toc-level-${depth}`], ...(id ? { id } : {}) },
    entries.map((entry) => {
      const children: ElementContent[] = [h('a', { href: `#${entry.id}` }, entry.title)];
      const sub = entry.children.filter((child) => child.depth <= 2);
      if (sub.length > 0) children.push(tocList(sub, depth + 1));
      return h('li', children);
    }),
  );
}
