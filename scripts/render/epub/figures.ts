/**
 * Inline SVG figures become image files. Reading systems differ widely on inline SVG in XHTML
 * (Kindle's conversion drops or rasterises it, some readers ignore its CSS sizing), while every
 * EPUB 3 reading system shows an `<img>` of a core media type (EPUB 3.3 §3.2,
 * https://www.w3.org/TR/epub-33/#sec-core-media-types). So:
 * - the figure's narrow drawing (19 em, its type the body's size: figures/figure-frame.ts) moves
 *   into `figures/<name>.svg`, a manifest item, and the wide one is dropped: an e-reader's page is
 *   a phone's column or not much wider, and the image is sized in em, so it grows with the
 *   reader's type;
 * - in its place, `<img class="figure-vector" src="figures/<name>.svg" alt="<the SVG's title>">`,
 *   and beside it `<img class="figure-raster" src="figures/<name>.png">`, the same drawing
 *   rasterised at twice its size by resvg (figure-raster.ts), for Kindle: Amazon's converters do
 *   not support SVG `<text>` (Kindle Publishing Guidelines, "Use supported SVG tags and
 *   elements"), so the labels would be lost. epub.css hides the PNG, and shows it instead of the
 *   SVG under `@media amzn-kf8, amzn-mobi`, the media types Kindle's converters (and calibre's,
 *   which emulates them) match (KDP help, "Media queries"). HTML's own fallback, `<picture>` with
 *   an SVG `<source>` (EPUB 3.3 §3.5.2.2), fails there: calibre keeps the `<source>` but not its
 *   file, and a browser engine then shows a broken image; manifest fallbacks for images are
 *   discouraged (EPUB 3.3 §3.5.1) and calibre ignores them;
 * - the figure's text alternative (its table or list) stays in the chapter, open, gets an id if it
 *   has none, and both images point at it with `aria-details` — the long description
 *   (EPUB Accessibility Techniques §4.2; WAI image tutorial, complex images);
 * - a drawing in parts (the timeline: top-level `<g data-part-band="<top> <bottom>"
 *   data-part-title="…">`, figures/timeline/timeline-svg.ts) becomes one image per part, in order,
 *   each its own `alt` from `data-part-title`, all pointing at the one text alternative. A
 *   paginated reader (foliate-js, Apple Books, Kobo) shrinks an image to its page height, so a
 *   long timeline would show as a strip; a part a little taller than wide leaves two to a phone's
 *   page. The first part shows what lies above the first band (the key), each later one its band.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { svgParts } from '../../figures/svg-parts.ts';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

export interface ExtractedFigure {
  /** Path inside the package directory, e.g. `figures/raid-1.svg`. */
  path: string;
  /** Where its PNG goes, e.g. `figures/raid-1.png`. */
  rasterPath: string;
  svg: Element;
}

/**
 * Replaces every `<figure>`'s drawing in `tree` with an SVG `<img>` and a PNG `<img>` (a pair per
 * part of a drawing in parts); returns the SVGs to package and rasterise.
 */
export function extractFigures(tree: Element, stem: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  let count = 0;
  visit(tree, 'element', (figure: Element) => {
    if (figure.tagName !== 'figure') return undefined;
    const svgAt = findSvg(figure);
    if (!svgAt) return undefined;
    const name = `${stem}-${++count}`;
    const { svg } = svgAt;
    const parts = svgParts(svg);
    const images = (parts ? parts.map((part, k) => ({ stem: `${name}-part-${k + 1}`, svg: part.svg, alt: part.title })) : [{ stem: name, svg, alt: altText(svg, figure) }]).map(
      (image) => ({ ...image, path: `figures/${image.stem}.svg`, rasterPath: `figures/${image.stem}.png` }),
    );
    figures.push(...images.map(({ path, rasterPath, svg: drawing }) => ({ path, rasterPath, svg: drawing })));
    const details = longDescription(figure, svg, `${name}-text`);
    const img = (src: string, alt: string, kind: string) => h('img', { src, alt, className: ['figure-image', kind], ...(details ? { ariaDetails: details } : {}) });
    const imgs = images.flatMap(({ path, rasterPath, alt }) => [img(path, alt, 'figure-vector'), img(rasterPath, alt, 'figure-raster')]);
    // The drawings (both of the book's, in their wrappers, or the one) give way to the images.
    const drawings = figure.children.filter((child) => child.type === 'element' && (child === svgAt.top || isDrawing(child)));
    const at = figure.children.indexOf(drawings[0]!);
    figure.children = figure.children.filter((child) => !drawings.includes(child as Element));
    figure.children.splice(at, 0, ...imgs);
    return SKIP;
  });
  return figures;
}

const isDrawing = (node: Element) => {
  const classes = node.properties['className'];
  return node.tagName === 'svg' || (Array.isArray(classes) && classes.includes('figure-drawing'));
};

/**
 * The drawing to package: the narrow one of the book's pair (`.figure-narrow`), else the figure's
 * first `<svg>`; `top` is the figure's child that holds it.
 */
function findSvg(figure: Element): { svg: Element; top: Element } | undefined {
  const tops = figure.children.filter((child): child is Element => child.type === 'element');
  const narrow = tops.find((child) => Array.isArray(child.properties['className']) && child.properties['className'].includes('figure-narrow'));
  for (const top of narrow ? [narrow] : tops) {
    let svg: Element | undefined;
    visit(top, 'element', (node: Element) => {
      if (svg || node.tagName !== 'svg') return undefined;
      svg = node;
      return SKIP;
    });
    if (svg) return { svg, top };
  }
  return undefined;
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
