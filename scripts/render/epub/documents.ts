/**
 * The XHTML content documents besides the navigation document: the cover page, one page per
 * chapter and the bibliography. Each is a hast tree (from the shared book-as-hast) wrapped in
 * `<main>`, so every piece of text sits in a landmark, and marked with EPUB structural semantics
 * and the matching DPUB-ARIA role (https://www.w3.org/TR/epub-ssv-11/, https://www.w3.org/TR/dpub-aria-1.1/).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Asset } from '../../manuscript/types.ts';
import { assetForSrc } from '../../manuscript/asset-url.ts';
import type { ImageFiles } from './image-files.ts';

export const coverPageFile = 'cover.xhtml';
export const coverImageFile = 'cover.png';
export const bibliographyFile = 'bibliography.xhtml';

export function chapterFile(number: number): string {
  return `ch${String(number).padStart(2, '0')}.xhtml`;
}

/** The chapter's `<section>` marked as a chapter, inside `<main>`. */
export function chapterBody(section: Element): ElementContent[] {
  section.properties['epub:type'] = 'chapter';
  section.properties['role'] = 'doc-chapter';
  return [h('main', [section])];
}

/**
 * The cover page: the image alone (the drawn cover, or the author's at `src`), its alt text naming the book. The heading holds the image, so
 * the page has a level-1 heading whose accessible name is the title, without text drawn twice.
 */
export function coverBody(alt: string, src: string = coverImageFile): ElementContent[] {
  return [
    h('main', [
      h('section', { 'epub:type': 'cover', className: ['cover'] }, [h('h1', [h('img', { src, alt, role: 'doc-cover' })])]),
    ]),
  ];
}

export function bibliographyBody(title: string, entries: Element[]): ElementContent[] {
  return [
    h('main', [
      h('section', { id: 'bibliography', 'epub:type': 'bibliography', role: 'doc-bibliography', ariaLabelledBy: 'bibliography-title' }, [
        h('h1', { id: 'bibliography-title' }, title),
        h('ul', { className: ['bibliography'] }, entries),
      ]),
    ]),
  ];
}

/**
 * The manuscript images a tree shows (`<img src>` naming an asset), in document order, each `<img>`
 * pointed at the image's file in the package (image-files.ts) on the way.
 */
export function packageImages(tree: Element, assets: ReadonlyMap<string, Asset>, files: ImageFiles): Asset[] {
  const used: Asset[] = [];
  visit(tree, 'element', (node: Element) => {
    const src = node.properties['src'];
    const asset = node.tagName === 'img' && typeof src === 'string' ? assetForSrc(src, assets) : undefined;
    if (!asset) return;
    node.properties['src'] = files.path(asset);
    if (!used.includes(asset)) used.push(asset);
  });
  return used;
}
