/**
 * mdast → hast through remark-rehype (the owner's choice; mdast-util-to-hast inside), with the
 * handlers for our node types. A processor per call: the handlers close over the chapter.
 *
 * mdast-util-to-hast writes a GFM table's column alignment as `align` on each cell, an attribute
 * HTML5 made obsolete and EPUB's schema refuses (EPUBCheck RSC-005 on every aligned cell). Every
 * output gets it as a class instead (`align-left`, `align-center`, `align-right`), which the
 * stylesheets (epub.css, page.css, deck.css) turn into `text-align`. A task list item's checkbox
 * has no label (axe-core's `label`): it is labelled by the item's own text. A `Table:` caption
 * (syntax/table-captions/) is rendered after its table and moved in as its first child, where HTML
 * wants a `<caption>`.
 */
import type { Element, Root as HastRoot, Text } from 'hast';
import type { Root } from 'mdast';
import remarkRehype, { type Options } from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function mdastToHast(tree: Root, options: Options, file?: VFile): HastRoot {
  const hast = unified().use(remarkRehype, options).runSync(tree, file);
  visit(hast, (node) => {
    if (!('children' in node)) return;
    node.children = node.children.filter((child, index) => !(isElement(child, 'caption') && moveIntoTable(child, node.children.slice(0, index))));
  });
  visit(hast, 'element', (node: Element) => {
    if (node.tagName === 'li' && Array.isArray(node.properties['className']) && node.properties['className'].includes('task-list-item')) {
      const box = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input');
      if (box && box.properties['ariaLabel'] === undefined) box.properties['ariaLabel'] = textOf(node).trim();
    }
    const align = node.properties['align'];
    if ((node.tagName !== 'th' && node.tagName !== 'td') || typeof align !== 'string') return;
    delete node.properties['align'];
    const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
    node.properties['className'] = [...classes, `align-${align}`];
  });
  return hast;
}

function textOf(node: Element | Element['children'][number]): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function isElement(node: unknown, tagName: string): node is Element {
  return typeof node === 'object' && node !== null && (node as Element).type === 'element' && (node as Element).tagName === tagName;
}

/** Puts a caption into the table just before it (whitespace between), and says whether it did. */
function moveIntoTable(caption: Element, before: readonly unknown[]): boolean {
  const previous = [...before].reverse().find((node) => !((node as Text).type === 'text' && !(node as Text).value.trim()));
  if (!isElement(previous, 'table') || previous.children.some((child) => isElement(child, 'caption'))) return false;
  previous.children.unshift(caption);
  return true;
}
