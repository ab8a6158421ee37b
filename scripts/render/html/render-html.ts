/**
 * The standalone page: one HTML file that opens anywhere, offline: CSS inline, figures as inline
 * SVG, images as data: URIs, no script to run. Built as a hast tree from the shared book hast
 * (cloned: the EPUB and the deck read the same objects) and serialised once.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { stringifyHtml } from '../hast/stringify-html.ts';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import type { Renderer } from '../types.ts';
import { markBareUrls } from './bare-urls.ts';
import { citationBackLinks } from './citation-back-links.ts';
import { closeHeadingGaps, demoteHeadings } from './heading-levels.ts';
import { inlineAssets } from './inline-assets.ts';
import { pageDocument } from './page-document.ts';

export const renderHtml: Renderer = ({ context, chapters }) => {
  const { manuscript } = context;
  const sections = chapters.map(pageSection);
  const bibliography = context.citations.bibliography().map((entry) => structuredClone(entry));
  citationBackLinks(
    sections.map((section, index) => ({ section, title: chapters[index]!.chapter.meta.title })),
    bibliography,
  );
  const tree = pageDocument({ manuscript, sections, toc: chapters.map((c) => c.toc), bibliography });
  closeHeadingGaps(tree);
  inlineAssets(tree, manuscript.assets);
  markBareUrls(tree);
  return [{ path: `${manuscript.slug}.html`, data: `${stringifyHtml(tree)}\n` }];
};

/** A chapter as the page shows it: one level below the book's title, with its subtitle. */
function pageSection({ chapter, section }: ChapterHast): Element {
  const copy = structuredClone(section);
  demoteHeadings(copy);
  const subtitle = chapter.meta.subtitle;
  if (subtitle) {
    const at = copy.children.findIndex((child) => child.type === 'element' && child.tagName === 'h2');
    copy.children.splice(at + 1, 0, h('p', { className: ['chapter-subtitle'] }, subtitle));
  }
  return copy;
}
