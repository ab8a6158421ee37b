/**
 * The page prints a drawing in parts (the timeline's wide drawing) as one `<svg>` per part, one
 * under the other: on screen they read as the one drawing; in print each part is a block of its
 * own that a page break can fall before (a single drawing taller than a page left most of a page
 * blank, then was cut wherever the pages fell: templates/page.css). The narrow drawing, which only
 * a phone's screen shows (never print), stays whole: a scrolling page needs no parts.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { svgParts } from '../../figures/svg-parts.ts';

export function splitDrawings(tree: Root | Element): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'svg' || index === undefined || !parent) return undefined;
    const classes = parent.type === 'element' ? parent.properties['className'] : undefined;
    const parts = Array.isArray(classes) && classes.includes('figure-narrow') ? undefined : svgParts(node);
    if (!parts) return SKIP;
    parent.children.splice(index, 1, ...parts.map((part) => part.svg));
    return [SKIP, index + parts.length];
  });
}
