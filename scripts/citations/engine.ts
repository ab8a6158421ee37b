/**
 * citeproc-js, run once per build over every citation of the book in reading order
 * (https://citeproc-js.readthedocs.io/en/latest/running.html#processcitationcluster): each cluster
 * is processed with the clusters before it (`citationsPre`), so the engine knows which citation of
 * a work comes first (a full note) and which later (a short note), and may revise earlier ones
 * (an added `a`/`b` year suffix); the last text of each cluster wins. With a note style the
 * order restarts at each chapter, since each chapter has its own notes (Chicago 17th ed. 14.29:
 * the first citation in each chapter is given in full).
 *
 * Each cited work in a cluster is wrapped in a link to its entry (`sys.wrapCitationEntry`, with
 * `apply_citation_wrapper`); citeproc then leaves the layout's prefix and suffix (`(`…`)` or a
 * note's final `.`) to the caller, so they are returned too. Output is HTML strings; `html-to-hast`
 * reads them. Nothing here depends on time or randomness, so two builds give the same text.
 */
import CSL, { type CiteprocItem } from 'citeproc';
import type { CslItem } from '../manuscript/csl.ts';
import type { Citation, CitationItem } from '../manuscript/nodes.ts';
import { localeXml, type CslStyle } from './style.ts';
import type { CitationSite } from './sites.ts';

export interface Processed {
  /** citeproc's HTML for each cluster, by site id. */
  clusters: Map<string, string>;
  /** The author's name alone, for narrative citations (`@key says`), by site id. */
  authors: Map<string, string>;
  /** Bibliography entries in the style's order. */
  bibliography: Array<{ key: string; html: string }>;
  /** The layout's affixes, which the wrapped output leaves out: `(` `)` in author-date, `` `.` in notes. */
  layout: { prefix: string; suffix: string };
}

/**
 * citeproc reports its own troubles (an insane note order, a malformed item) through `CSL.debug`,
 * which prints to stdout by default. Those are Triptych's bugs, not the author's: collect them so
 * that tests can insist there are none, and keep the CLI's output clean.
 */
export const engineWarnings: string[] = [];
CSL.debug = (message: string) => {
  engineWarnings.push(message);
};

export function processCitations(
  style: CslStyle,
  entries: ReadonlyMap<string, CslItem>,
  chapters: ReadonlyArray<readonly CitationSite[]>,
  bibliographyKeys: readonly string[],
): Processed {
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => localeXml(lang) ?? false,
      // `system_id` switches the per-cite wrapper on for the item.
      retrieveItem: (id) => ({ ...entries.get(id), id, system_id: id }),
      wrapCitationEntry: (text, id) => `<a href="${escapeAttribute(entryHref(id))}">${text}</a>`,
    },
    style.xml,
    style.locale,
  );
  engine.opt.development_extensions.apply_citation_wrapper = true;
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.setOutputFormat('html');

  const clusters = new Map<string, string>();
  const authors = new Map<string, string>();
  let pre: Array<[string, number]> = [];
  for (const sites of chapters) {
    if (style.class === 'note') pre = [];
    for (const site of sites) {
      const items = site.node.items.filter((item) => entries.has(item.key)).map((item) => toCiteproc(item, site, style));
      if (items.length === 0) continue;
      // An in-text style has no notes: every citation is in the text (note index 0).
      const noteIndex = style.class === 'note' ? site.noteIndex : 0;
      const [, updates] = engine.processCitationCluster({ citationID: site.id, citationItems: items, properties: { noteIndex } }, pre, []);
      for (const [, html, id] of updates) clusters.set(id, html);
      pre.push([site.id, noteIndex]);
      if (site.node.mode === 'narrative') {
        const author = engine.previewCitationCluster({ citationItems: [{ id: items[0]!.id, 'author-only': true }], properties: { noteIndex } }, pre, [], 'html');
        authors.set(site.id, author);
      }
    }
  }

  const known = [...new Set(bibliographyKeys)].filter((key) => entries.has(key));
  engine.updateItems(known);
  const made = known.length > 0 ? engine.makeBibliography() : false;
  const bibliography = made ? made[1].map((html, index) => ({ key: made[0].entry_ids[index]![0]!, html })) : [];
  return { clusters, authors, bibliography, layout: { prefix: engine.citation.opt.layout_prefix ?? '', suffix: engine.citation.opt.layout_suffix ?? '' } };
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
