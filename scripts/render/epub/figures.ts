/**
 * Inline SVG figures become SVG image files. Reading systems differ widely on inline SVG in XHTML
 * (Kindle's conversion drops or rasterises it, some readers ignore its CSS sizing), while every
 * EPUB 3 reading system shows an `<img>` of a core media type (EPUB 3.3 §3.2,
 * https://www.w3.org/TR/epub-33/#sec-core-media-types). So:
 * - the `<svg>` moves into `figures/<name>.svg`, a manifest item;
 * - in its place, `<img src="figures/<name>.svg" alt="<the SVG's title>">`;
 * - the figure's text alternative (its table or list) stays in the chapter, open, gets an id if it
 *   has none, and the image points at it with `aria-details` — the long description
 *   (EPUB Accessibility Techniques §4.2; WAI image tutorial, complex images);
 * - a drawing in parts (the timeline: top-level `<g data-part-band="<top> <bottom>"
 *   data-part-title="…">`, figures/timeline/timeline-svg.ts) becomes one image per part, in order,
 *   each its own `alt` from `data-part-title`, all pointing at the one text alternative. A
 *   paginated reader (foliate-js, Apple Books, Kobo) shrinks an image to its page height, so a
 *   440×2268 timeline would show as a strip a hundred pixels wide; a part no taller than 1.4 × its
 *   width fills a phone's page. Each part shows what lies above the first band (the key) and then
 *   its own band.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { svgParts } from '../../figures/svg-parts.ts';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

export interface ExtractedFigure {
  /** Path inside the package directory, e.g. `figures/raid-1.svg`. */
  path: string;
  svg: Element;
}

/** Replaces every `<figure>`'s inline `<svg>` in `tree` with an `<img>` (one per part of a drawing in parts); returns the SVGs to package. */
export function extractFigures(tree: Element, stem: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  let count = 0;
  visit(tree, 'element', (figure: Element) => {
    if (figure.tagName !== 'figure') return undefined;
    const svgAt = findSvg(figure);
    if (!svgAt) return undefined;
    const name = `${stem}-${++count}`;
    const { svg, parent, index } = svgAt;
    const parts = svgParts(svg);
    const images = parts
      ? parts.map((part, k) => ({ path: `figures/${name}-part-${k + 1}.svg`, svg: part.svg, alt: part.title }))
      : [{ path: `figures/${name}.svg`, svg, alt: altText(svg, figure) }];
    figures.push(...images.map((image) => ({ path: image.path, svg: image.svg })));
    const details = longDescription(figure, svg, `${name}-text`);
    const imgs = images.map(({ path, alt }) => h('img', { src: path, alt, className: ['figure-image'], ...(details ? { ariaDetails: details } : {}) }));
    parent.children.splice(index, 1, ...imgs);
    return SKIP;
  });
  return figures;
}

function findSvg(root: Element): { svg: Element; parent: Element; index: number } | undefined {
  let found: { svg: Element; parent: Element; index: number } | undefined;
  visit(root, 'element', (node: Element, index, parent) => {
    if (found || node.tagName !== 'svg' || index === undefined || parent?.type !== 'element') return undefined;
    found = { svg: node, parent, index };
    return SKIP;
  });
  return found;
}

/** The SVG's `<title>` (or `aria-label`), else the figure's caption: a short name, not the data. */
function altText(svg: Element, figure: Element): string {
  const label = svg.properties['ariaLabel'];
  if (typeof label === 'string' && label.trim()) return label.trim();
  const title = svg.children.find((child): child is Element => child.type === 'element' && child.tagName === 'title');
  if (title) return toString(title).trim();
  const caption = figure.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
  return caption ? toString(caption).trim() : '';
}

/**
 * The id of the figure's text alternative: its `<details>` (the figures put the table or list in
 * one, inside the caption), else its first table or list. A `<details>` is opened: e-readers have
 * no disclosure widgets to speak of (Kindle shows nothing, some show only the summary), and the
 * alternative must be readable where the figure is not.
 */
function longDescription(figure: Element, svg: Element, fallbackId: string): string | undefined {
  const candidates: Element[] = [];
  visit(figure, 'element', (node: Element) => {
    if (node === svg) return SKIP;
    if (['details', 'table', 'ul', 'ol', 'dl'].includes(node.tagName)) candidates.push(node);
    return undefined;
  });
  const alternative = candidates.find((node) => node.tagName === 'details') ?? candidates[0];
  if (!alternative) return undefined;
  if (alternative.tagName === 'details') alternative.properties['open'] = true;
  if (typeof alternative.properties['id'] !== 'string') alternative.properties['id'] = fallbackId;
  return String(alternative.properties['id']);
}
