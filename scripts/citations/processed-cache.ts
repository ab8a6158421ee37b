/**
 * The last build's citations, kept for the next build in the same process (`triptych dev`, which
 * rebuilds on every save): most saves change prose, not citations, and then citeproc would give
 * the same text again. Measured on the flagship, warm: `processCitations` ~100 ms (engine ~12,
 * registering the works and the bibliography ~45, the clusters ~45), this check ~1 ms.
 *
 * `processCitations` is a pure function of its inputs, so the key is all of them but the site
 * ids: a site id is a source offset (`sites.ts`), which moves whenever text before a citation
 * changes. The clusters are matched by their place in reading order instead, and the result is
 * given under the new ids. Only the last result is kept.
 */
import type { CslItem } from '../manuscript/csl.ts';
import { processCitations, type Processed } from './engine.ts';
import type { CitationSite } from './sites.ts';
import type { CslStyle } from './style.ts';

let last: { key: string; ids: string[]; processed: Processed } | undefined;

export function processCitationsCached(
  style: CslStyle,
  entries: ReadonlyMap<string, CslItem>,
  chapters: ReadonlyArray<readonly CitationSite[]>,
  bibliographyKeys: readonly string[],
): Processed {
  const ids = chapters.flatMap((sites) => sites.map((site) => site.id));
  const key = JSON.stringify([
    style,
    [...entries],
    chapters.map((sites) => sites.map(({ node, noteIndex }) => [node.mode, node.items.map(({ key, locator, label, prefix, suffix, suppressAuthor }) => [key, locator, label, prefix, suffix, suppressAuthor]), noteIndex])),
    bibliographyKeys,
  ]);
  if (last?.key !== key) {
    last = { key, ids, processed: processCitations(style, entries, chapters, bibliographyKeys) };
    return last.processed;
  }
  const renamed = new Map(last.ids.map((id, index) => [id, ids[index]!]));
  const rename = (texts: ReadonlyMap<string, string>) => new Map([...texts].map(([id, html]) => [renamed.get(id)!, html]));
  last = { key, ids, processed: { ...last.processed, clusters: rename(last.processed.clusters), authors: rename(last.processed.authors) } };
  return last.processed;
}
