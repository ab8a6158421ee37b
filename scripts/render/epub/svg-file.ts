/**
 * A figure's SVG as a standalone image file that EPUBCheck accepts. EPUB 3.3 allows SVG images,
 * but EPUBCheck 4.2 validates them against SVG 1.1, which lacks a few SVG 2 presentation attributes
 * the figures use (`paint-order` draws a label's halo under its letters). Those move into the
 * element's `style` attribute, where every renderer that knows them still applies them and SVG 1.1
 * validation lets them through. `style`: a style sheet to carry inside the image (the figures'
 * colours for a dark scheme), as the first child after `<title>` and `<desc>`.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { visit } from 'unist-util-visit';
import { serialise } from './xhtml.ts';

/** SVG 2 presentation attributes (hast property name → CSS property) that SVG 1.1 does not have. */
const svg2Attributes = new Map([
  ['paintOrder', 'paint-order'],
  ['vectorEffect', 'vector-effect'],
  ['mixBlendMode', 'mix-blend-mode'],
  ['isolation', 'isolation'],
]);

export function svgImageFile(svg: Element, style?: string): string {
  const tree = structuredClone(svg);
  if (style) {
    const at = tree.children.findIndex((node) => node.type === 'element' && node.tagName !== 'title' && node.tagName !== 'desc');
    tree.children.splice(at < 0 ? tree.children.length : at, 0, s('style', { type: 'text/css' }, style));
  }
  visit(tree, 'element', (node: Element) => {
    const declarations: string[] = [];
    for (const [property, css] of svg2Attributes) {
      for (const key of [property, css]) {
        const value = node.properties[key];
        if (value === undefined || value === null) continue;
        declarations.push(`${css}:${String(value)}`);
        delete node.properties[key];
      }
    }
    if (declarations.length === 0) return;
    const style = typeof node.properties['style'] === 'string' ? node.properties['style'].replace(/;?\s*$/, ';') : '';
    node.properties['style'] = style + declarations.join(';');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(tree, 'svg')}\n`;
}
