/**
 * mdast → hast through remark-rehype (the owner's choice; mdast-util-to-hast inside), with the
 * handlers for our node types. A processor per call: the handlers close over the chapter.
 *
 * mdast-util-to-hast writes a GFM table's column alignment as `align` on each cell, an attribute
 * HTML5 made obsolete and EPUB's schema refuses (EPUBCheck RSC-005 on every aligned cell). Every
 * output gets it as a class instead (`align-left`, `align-center`, `align-right`), which the
 * stylesheets (epub.css, page.css, deck.css) turn into `text-align`. A task list item's checkbox
 * has no label (axe-core's `label`): it is labelled by the item's own text.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import remarkRehype, { type Options } from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function mdastToHast(tree: Root, options: Options, file?: VFile): HastRoot {
  const hast = unified().use(remarkRehype, options).runSync(tree, file);
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
