/**
 * The standalone page: one HTML file that opens anywhere, offline: CSS inline, figures as inline
 * SVG, images as data: URIs, no script to run. The layout is a hast tree (page-document.ts); each
 * chapter goes in as the HTML text page-section.ts writes from the shared book hast, in reading
 * order, because citation ids and heading levels count on from the chapter before.
 */
import type { Root } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { stringifyParts } from '../hast/stringify-html.ts';
import { textArtifact } from '../../manuscript/types.ts';
import type { Renderer } from '../types.ts';
import { markBareUrls } from './bare-urls.ts';
import { addBackLinks, type CitingByKey } from './citation-back-links.ts';
import { closeHeadingGaps } from './heading-levels.ts';
import { inlineAssets } from './inline-assets.ts';
import { pageDocument } from './page-document.ts';
import { pageSectionHtml } from './page-section.ts';

export const renderHtml: Renderer = ({ context, chapters, memo }) => {
  const { manuscript } = context;
  const slots: Raw[] = chapters.map(() => ({ type: 'raw', value: '' }));
  const bibliography = context.citations.bibliography().map((entry) => structuredClone(entry));
  const tree: Root = pageDocument({ manuscript, sections: slots, toc: chapters.map((c) => c.toc), bibliography });
  const byKey: CitingByKey = new Map();
  // Document order: the title block and contents, each chapter (written into its slot), the bibliography.
  closeHeadingGaps(tree, 0, (slot, last) => {
    const written = pageSectionHtml(chapters[slots.indexOf(slot)]!, last, byKey, manuscript.assets, memo);
    slot.value = written.html;
    return written.last;
  });
  addBackLinks(bibliography, byKey);
  inlineAssets(tree, manuscript.assets);
  markBareUrls(tree);
  return [textArtifact(`${manuscript.slug}.html`, stringifyParts(tree, slots, { after: '\n' }))];
};
