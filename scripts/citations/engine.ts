/**
 * citeproc-js, run once per build over every citation of the book in reading order. A document is
 * the whole book with an in-text style, and each chapter with a note style, since each chapter
 * has its own notes (Chicago 17th ed. 14.29: the first citation in each chapter is given in full).
 * Styles whose text depends on a citation's position (`ibid.`, short notes) run citeproc's own
 * incremental way, quadratic in a document's clusters (`run-sequential.ts`); the others, the
 * bundled author-date style among them, a linear batch that gives the same text (`run-batch.ts`).
 *
 * Each cited work in a cluster is wrapped in a link to its entry (`sys.wrapCitationEntry`, with
 * `apply_citation_wrapper`); citeproc then leaves the layout's prefix and suffix (`(`…`)` or a
 * note's final `.`) to the caller, so they are returned too. Output is HTML strings; `html-to-hast`
 * reads them. Nothing here depends on time or randomness, so two builds give the same text.
 *
 * Why in the main thread: this run was tried in a worker thread (its own bundle file and V8 code
 * cache, started with the build, given the sites after parsing, its answer taken synchronously
 * through `Atomics.wait` + `receiveMessageOnPort`). render:context fell from ~286 to ~187 ms, but
 * the flagship's cold wall time did not (medians of 11-12 quiet-gated interleaved runs: 2.14 s
 * both; user CPU +0.2 s for the second isolate), and on the loaded machine it was slower (median
 * wall 5.24 s against 4.07 s): the worker's start and cold code take the core parse and the
 * cover's rasterising would have had.
 */
import type { CiteprocItem } from 'citeproc';
import type { CslItem } from '../manuscript/csl.ts';
import type { Citation, CitationItem } from '../manuscript/nodes.ts';
import { localeSource, type CslStyle } from './style.ts';
import type { CitationSite } from './sites.ts';
import type { Cluster, ClusterTexts } from './cluster.ts';
import { runBatch } from './run-batch.ts';
import { runSequential } from './run-sequential.ts';
import { citeproc } from './load-citeproc.ts';

export { engineWarnings } from './load-citeproc.ts';

export interface Processed extends ClusterTexts {
  /** Bibliography entries in the style's order. */
  bibliography: Array<{ key: string; html: string }>;
  /** The layout's affixes, which the wrapped output leaves out: `(` `)` in author-date, `` `.` in notes. */
  layout: { prefix: string; suffix: string };
}

export function processCitations(
  style: CslStyle,
  entries: ReadonlyMap<string, CslItem>,
  chapters: ReadonlyArray<readonly CitationSite[]>,
  bibliographyKeys: readonly string[],
): Processed {
  const CSL = citeproc();
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => localeSource(lang) ?? false,
      // `system_id` switches the per-cite wrapper on for the item.
      retrieveItem: (id) => ({ ...entries.get(id), id, system_id: id }),
      // citeproc gives no id for the later numbers of a numeric style's cluster (`[1, 2]`): those
      // stay unlinked rather than crash the build.
      wrapCitationEntry: (text, id) => (id == null ? text : `<a href="${escapeAttribute(entryHref(id))}">${text}</a>`),
    },
    style.source,
    style.locale,
  );
  engine.opt.development_extensions.apply_citation_wrapper = true;
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.setOutputFormat('html');

  const out: ClusterTexts = { clusters: new Map(), authors: new Map() };
  const run = engine.opt.update_mode === CSL.POSITION ? runSequential : runBatch;
  const documents = style.class === 'note' ? chapters : [chapters.flat()];
  for (const sites of documents) {
    const clusters = sites.flatMap((site): Cluster[] => {
      const items = site.node.items.filter((item) => entries.has(item.key)).map((item) => toCiteproc(item, site, style));
      // An in-text style has no notes: every citation is in the text (note index 0).
      return items.length === 0 ? [] : [{ id: site.id, items, noteIndex: style.class === 'note' ? site.noteIndex : 0, narrative: site.node.mode === 'narrative' }];
    });
    run(engine, clusters, out);
  }

  const known = [...new Set(bibliographyKeys)].filter((key) => entries.has(key));
  engine.updateItems(known);
  const made = known.length > 0 ? engine.makeBibliography() : false;
  const bibliography = made ? made[1].map((html, index) => ({ key: made[0].entry_ids[index]![0]!, html })) : [];
  return { ...out, bibliography, layout: { prefix: engine.citation.opt.layout_prefix ?? '', suffix: engine.citation.opt.layout_suffix ?? '' } };
}

/**
 * Our item → citeproc's. A narrative citation in an in-text style is `Author (2005, 12)`: the
 * cluster is the year part (`suppress-author`), the author is added before it.
 */
function toCiteproc(item: CitationItem, site: CitationSite, style: CslStyle): CiteprocItem {
  const narrative = (site.node as Citation).mode === 'narrative' && style.class === 'in-text';
  return {
    id: item.key,
    ...(item.locator !== undefined ? { locator: item.locator, label: item.label ?? 'page' } : {}),
    ...(item.prefix !== undefined ? { prefix: item.prefix } : {}),
    ...(item.suffix !== undefined ? { suffix: item.suffix } : {}),
    ...(item.suppressAuthor || narrative ? { 'suppress-author': true } : {}),
  };
}

/** `#ref-<key>`, with the few key characters that cannot stand in a URL fragment (`#`, `%`, `<`, `>`) escaped. */
export function entryHref(key: string): string {
  return `#ref-${key.replace(/[#%<>"\s]/g, (char) => encodeURIComponent(char))}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
