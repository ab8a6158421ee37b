/**
 * Columns on a slide, pandoc's way (https://pandoc.org/MANUAL.html#columns): a `columns` div of
 * `column` divs, each with an optional `width` (`40%`). pandoc writes the width as a `style`; the
 * sanitizer removes author styles, so the width is set here, on the deck's own rendering, after
 * it: a percentage only, the one unit a column of a scaled slide can take. deck.css lays the
 * columns side by side.
 */
import type { ElementContent } from 'hast';

export function columnWidths(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const classes = node.properties['className'];
    const width = node.properties['dataWidth'];
    const isColumn = Array.isArray(classes) && classes.includes('column');
    const share = typeof width === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(width)?.[1] : undefined;
    const properties = isColumn && share !== undefined ? { ...node.properties, style: `flex: 0 1 ${Number(share)}%` } : node.properties;
    return { ...node, properties, children: columnWidths(node.children) };
  });
}
