/**
 * Links between chapters. In the book as hast every id is unique across the book and links are
 * fragment-only (`#the-siege`); in the EPUB each chapter is its own file, so a link to an id in
 * another file becomes `chNN.xhtml#the-siege` (pandoc's EPUB writer does the same through its
 * reference table). EPUBCheck reports a fragment that names no id in its file (RSC-012).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** id → the file (relative to the package directory) that holds it. */
export type ReferenceTable = ReadonlyMap<string, string>;

export interface Document {
  file: string;
  tree: Element | Root;
}

/** Every id of every document, by the file that holds it. The first holder of an id wins. */
export function referenceTable(documents: readonly Document[]): ReferenceTable {
  const table = new Map<string, string>();
  for (const { file, tree } of documents) {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && !table.has(id)) table.set(id, file);
    });
  }
  return table;
}

/**
 * Rewrites `href="#id"` in `tree` (the content of `file`) to point at the file that holds `id`.
 * Links to ids in the same file, to unknown ids and to other URLs are left as they are.
 */
export function rewriteLinks(tree: Element | Root, file: string, table: ReferenceTable): void {
  visit(tree, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const id = decodeURIComponent(href.slice(1));
    const target = table.get(id);
    if (target !== undefined && target !== file) node.properties['href'] = `${target}${href}`;
  });
}
