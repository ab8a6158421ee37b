/**
 * A drawing in parts (the book's timeline: top-level `<g data-part-band="<top> <bottom>"
 * data-part-title="…">`, figures/timeline/timeline-svg.ts) as one standalone SVG per part. The
 * EPUB packages each as an image a paginated reader can show whole (render/epub/figures.ts); the
 * page prints each on its own, so a page break falls between parts and never leaves most of a page
 * blank before a drawing taller than the page (render/html/split-drawings.ts).
 */
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { fmt } from './box.ts';

/**
 * The standalone SVG of each part of a drawing in parts, or `undefined` for a drawing in one piece:
 * the root's attributes with the part's size, its `<title>` the part's title, the same `<desc>`,
 * the card (the root's first `<rect>`) resized, then the band. The first part keeps everything
 * above the bands (the key) with its band right under it; a later part is its band alone, moved to
 * the top: parts that repeat the key take a phone's page each, with a third of it blank.
 */
export function svgParts(svg: Element): Array<{ svg: Element; title: string }> | undefined {
  const isBand = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'g' && typeof node.properties['dataPartBand'] === 'string';
  const bands = svg.children.filter(isBand);
  if (bands.length === 0) return undefined;
  const [, , width = 0] = String(svg.properties['viewBox']).split(' ').map(Number);
  const keyHeight = Math.min(...bands.map((band) => bandOf(band)[0]));
  const card = svg.children.find((node): node is Element => node.type === 'element' && node.tagName === 'rect');
  // Each part names its own title and description: on the page the parts stand side by side in one
  // document, where the root's ids would repeat.
  const titleElement = svg.children.find((node): node is Element => node.type === 'element' && node.tagName === 'title');
  const rootId = String(titleElement?.properties['id'] ?? 'drawing-title').replace(/-title$/, '');
  return bands.map((band, index) => {
    const [top, bottom] = bandOf(band);
    const header = index === 0 ? keyHeight : 0;
    const height = Math.ceil(header + bottom - top - 0.05);
    const title = String(band.properties['dataPartTitle'] ?? '');
    const id = `${rootId}-part-${index + 1}`;
    const children = svg.children.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [];
      if (node.tagName === 'title') return [{ ...structuredClone(node), properties: { ...node.properties, id: `${id}-title` }, children: [{ type: 'text', value: title }] }];
      if (node.tagName === 'desc') return [{ ...structuredClone(node), properties: { ...node.properties, id: `${id}-desc` } }];
      if (node === card) return [{ ...structuredClone(node), properties: { ...node.properties, height: fmt(height - 1) } }];
      if (node === band) return [s('g', { transform: `translate(0 ${fmt(header - top)})` }, structuredClone(node.children))];
      return isBand(node) || index > 0 ? [] : [structuredClone(node)];
    });
    const properties = { ...svg.properties, ariaLabelledBy: [`${id}-title`], ariaDescribedBy: [`${id}-desc`], viewBox: `0 0 ${fmt(width)} ${fmt(height)}`, width: fmt(width), height: fmt(height) };
    return { svg: { ...svg, properties, children }, title };
  });
}

const bandOf = (band: Element): [number, number] => String(band.properties['dataPartBand']).split(' ').map(Number) as [number, number];
