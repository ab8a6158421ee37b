/**
 * Heading levels for the page, where the book's title is the one `<h1>`: chapter headings move
 * down one level (chapter `<h1>` → `<h2>`, `##` → `<h3>` …), and no heading skips a level after
 * the one before it (the glance block's heading, say), as WCAG 1.3.1 and axe's `heading-order`
 * expect. The shared book hast keeps its own levels; the EPUB has one chapter per file.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

const level = (node: Element) => (/^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0);

export function demoteHeadings(section: Element): void {
  visit(section, 'element', (node) => {
    const n = level(node);
    if (n > 0) node.tagName = `h${Math.min(n + 1, 6)}`;
  });
}

/**
 * Fixes the levels in `tree` in document order, starting after a heading of level `last` (0:
 * none), and returns the level of its last heading. A `raw` node is a chapter already written
 * as HTML: `atRaw` fills it in, given the level before it, and gives the level after it.
 * A walk of its own rather than `visit`: the page's tree holds every figure's drawings, and
 * `visit`'s per-node bookkeeping (a closure and a copy of the ancestors for each node) made this
 * walk 850 ms of a 50× build, for a test on each element's name.
 */
export function closeHeadingGaps(tree: Root | Element, last = 0, atRaw?: (node: Raw, last: number) => number): number {
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'raw' && atRaw) {
      last = atRaw(node, last);
      return;
    }
    if (node.type === 'element') {
      const n = level(node);
      if (n > 0) {
        const fixed = Math.min(n, last + 1);
        node.tagName = `h${fixed}`;
        last = fixed;
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return last;
}
