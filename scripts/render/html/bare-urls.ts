/**
 * Marks links whose text is their own address (`https://…` written out, as a bibliography entry
 * does) with the class `bare-url`, so print, which writes out link targets, does not print the
 * address twice.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function markBareUrls(tree: Root | Element): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    const href = String(node.properties['href'] ?? '');
    const text = textOf(node).trim();
    if (/^https?:/.test(href) && (text === href || safeDecode(href) === text || href === `${text}/`)) {
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      node.properties['className'] = [...classes, 'bare-url'];
    }
  });
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
