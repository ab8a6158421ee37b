/**
 * The standalone page: one HTML file that opens anywhere, offline: CSS inline, figures as inline
 * SVG, images as data: URIs, no script to run. The layout is a hast tree (page-document.ts); each
 * chapter goes in as the HTML text page-section.ts writes from the shared book hast, in reading
 * order, because citation ids and heading levels count on from the chapter before.
 */
import type { Element, Root } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { stringifyHtml, stringifyParts } from '../hast/stringify-html.ts';
import { textArtifact, type Asset } from '../../manuscript/types.ts';
import { memoStore, type RenderMemo } from '../incremental/render-memo.ts';
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
  const slotIndex = new Map(slots.map((slot, index) => [slot, index]));
  const bibliography = context.citations.bibliography();
  // The entries go in as HTML text too, written once every citation is numbered (their "Cited in" links).
  const references: Raw = { type: 'raw', value: '' };
  const tree: Root = pageDocument({ manuscript, sections: slots, toc: chapters.map((c) => c.toc), bibliography: bibliography.length > 0 ? [references] : [] });
  const byKey: CitingByKey = new Map();
  // Document order: the title block and contents, each chapter (written into its slot), the bibliography.
  closeHeadingGaps(tree, 0, (slot, last) => {
    // The entries hold no headings.
    if (slot === references) return last;
    const written = pageSectionHtml(chapters[slotIndex.get(slot)!]!, last, byKey, manuscript.assets, memo);
    slot.value = written.html;
    return written.last;
  });
  references.value = referencesHtml(bibliography, byKey, manuscript.assets, memo);
  inlineAssets(tree, manuscript.assets);
  markBareUrls(tree);
  return [textArtifact(`${manuscript.slug}.html`, stringifyParts(tree, [...slots, references], { after: '\n' }))];
};

/**
 * The bibliography's entries as HTML, each with its "Cited in" links, the same passes as the rest
 * of the page run over them. At 50× they are most of the page outside the chapters (~670 KB, the
 * back-links of ~350 chapters): `triptych dev` keeps the text while the entries (the citation
 * renderer's, one per memo generation) and every citing place are the same.
 */
function referencesHtml(bibliography: readonly Element[], byKey: CitingByKey, assets: ReadonlyMap<string, Asset>, memo: RenderMemo | undefined): string {
  const key = memo && `${memo.generation}\0${JSON.stringify([...byKey])}`;
  const kept = memo && memoStore(memo, 'page-references', () => ({ key: '', html: '' }));
  if (kept && kept.key === key) return kept.html;
  const entries: Root = { type: 'root', children: bibliography.map((entry) => structuredClone(entry)) };
  addBackLinks(entries.children as Element[], byKey);
  inlineAssets(entries, assets);
  markBareUrls(entries);
  const html = stringifyHtml(entries);
  if (kept && key) Object.assign(kept, { key, html });
  return html;
}
