/**
 * The table of contents: a `<nav>` around a `<details>`, so it needs no script. On narrow screens it
 * is a collapsed "Contents" bar; on wide ones page.css shows its content as a sidebar
 * (`::details-content`); in print it is left out. Chapters and their sections (two levels).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TocEntry } from '../hast/book-to-hast.ts';

export function tableOfContents(entries: readonly TocEntry[], extra: readonly TocEntry[]): Element {
  return h('nav', { className: ['toc'], ariaLabel: 'Contents' }, [
    h('details', { className: ['toc-details'] }, [h('summary', 'Contents'), tocList([...entries, ...extra], 1)]),
  ]);
}

function tocList(entries: readonly TocEntry[], depth: number): Element {
  return h(
    'ol',
    { className: [`toc-level-${depth}`] },
    entries.map((entry) => {
      const children: ElementContent[] = [h('a', { href: `#${entry.id}` }, entry.title)];
      const sub = entry.children.filter((child) => child.depth <= 2);
      if (sub.length > 0) children.push(tocList(sub, depth + 1));
      return h('li', children);
    }),
  );
}
