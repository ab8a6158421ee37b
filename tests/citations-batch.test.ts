/**
 * The citation engine gives, byte for byte, the text of citeproc-js's own incremental way of
 * running a document (`processCitationCluster` with every earlier cluster in `citationsPre`,
 * quadratic), which Triptych used until the linear batch (`scripts/citations/run-batch.ts`). That
 * way is kept here, as it was, as the reference; both run on the flagship manuscript and on a
 * bibliography made to revise earlier citations (year suffixes, added given names and co-authors
 * that only a later citation makes necessary), in the bundled styles and in three small styles
 * that exercise citeproc's other update modes (citation numbers, positions, sorted clusters).
 * The reference reads the bundled styles and locales as XML, the engine their pre-converted JSON
 * (`csl-json.ts`): the same text from both is part of what is held here.
 */
import { readFileSync } from 'node:fs';
import CSL, { type CiteprocItem } from 'citeproc';
import { describe, expect, it, vi } from 'vitest';
import type { CslItem } from '../scripts/manuscript/csl.ts';
import type { Citation, CitationItem } from '../scripts/manuscript/nodes.ts';
import type { Manuscript } from '../scripts/manuscript/types.ts';
import { engineWarnings, entryHref, processCitations, type Processed } from '../scripts/citations/engine.ts';
import { citationSites, type CitationSite } from '../scripts/citations/sites.ts';
import { localeXml, resolveStyle, type CslStyle } from '../scripts/citations/style.ts';
import { loadManuscript } from '../scripts/pipeline/load.ts';

/** The revising bibliography: `tests/fixtures/citations-batch/`. */
const caseDir = 'tests/fixtures/citations-batch';
const read = (name: string) => readFileSync(`${caseDir}/${name}`, 'utf8');
const entries = JSON.parse(read('references.json')) as CslItem[];
type CaseCitation = Pick<Citation, 'mode' | 'items'> & { sameNote?: boolean };
/** Per chapter, its citations in reading order; `sameNote`: in the same note as the one before. */
const revisingChapters = JSON.parse(read('chapters.json')) as CaseCitation[][];
const styles: Record<string, CslStyle> = Object.fromEntries(
  ['numeric', 'sorted-author-year', 'position-author-year'].map((name) => [name, { xml: read(`${name}.csl`), source: read(`${name}.csl`), class: 'in-text', locale: 'en-US' }]),
);

type Inputs = Parameters<typeof processCitations>;

/** A style's XML made a note style, given to the engine as XML. */
function noteXml(xml: string): Pick<CslStyle, 'xml' | 'source'> {
  const note = xml.replace('class="in-text"', 'class="note"');
  return { xml: note, source: note };
}

/**
 * The engine as it was (commit 0562afd, `scripts/citations/engine.ts`): the reference. One change:
 * a cite citeproc gives no id (a numeric style's later numbers) stays unlinked; it used to throw.
 */
function sequentialReference(style: CslStyle, known: ReadonlyMap<string, CslItem>, chapters: ReadonlyArray<readonly CitationSite[]>, bibliographyKeys: readonly string[]): Processed {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => localeXml(lang) ?? false,
      retrieveItem: (id) => ({ ...known.get(id), id, system_id: id }),
      wrapCitationEntry: (text, id) => (id == null ? text : `<a href="${escape(entryHref(id))}">${text}</a>`),
    },
    style.xml,
    style.locale,
  );
  engine.opt.development_extensions.apply_citation_wrapper = true;
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.setOutputFormat('html');
  const toCiteproc = (item: CitationItem, site: CitationSite): CiteprocItem => ({
    id: item.key,
    ...(item.locator !== undefined ? { locator: item.locator, label: item.label ?? 'page' } : {}),
    ...(item.prefix !== undefined ? { prefix: item.prefix } : {}),
    ...(item.suffix !== undefined ? { suffix: item.suffix } : {}),
    ...(item.suppressAuthor || (site.node.mode === 'narrative' && style.class === 'in-text') ? { 'suppress-author': true } : {}),
  });
  const clusters = new Map<string, string>();
  const authors = new Map<string, string>();
  let pre: Array<[string, number]> = [];
  for (const sites of chapters) {
    if (style.class === 'note') pre = [];
    for (const site of sites) {
      const items = site.node.items.filter((item) => known.has(item.key)).map((item) => toCiteproc(item, site));
      if (items.length === 0) continue;
      const noteIndex = style.class === 'note' ? site.noteIndex : 0;
      const [, updates] = engine.processCitationCluster({ citationID: site.id, citationItems: items, properties: { noteIndex } }, pre, []);
      for (const [, html, id] of updates) clusters.set(id, html);
      pre.push([site.id, noteIndex]);
      if (site.node.mode === 'narrative') {
        authors.set(site.id, engine.previewCitationCluster({ citationItems: [{ id: items[0]!.id, 'author-only': true }], properties: { noteIndex } }, pre, [], 'html'));
      }
    }
  }
  const keys = [...new Set(bibliographyKeys)].filter((key) => known.has(key));
  engine.updateItems(keys);
  const made = keys.length > 0 ? engine.makeBibliography() : false;
  const bibliography = made ? made[1].map((html, index) => ({ key: made[0].entry_ids[index]![0]!, html })) : [];
  return { clusters, authors, bibliography, layout: { prefix: engine.citation.opt.layout_prefix ?? '', suffix: engine.citation.opt.layout_suffix ?? '' } };
}

function manuscriptInputs(manuscript: Manuscript, style: CslStyle): Inputs {
  const known = new Map<string, CslItem>();
  for (const entry of manuscript.bibliography?.entries ?? []) if (!known.has(String(entry.id))) known.set(String(entry.id), { ...entry, id: String(entry.id) });
  const chapters = manuscript.chapters.map((chapter) => citationSites(chapter, style.class === 'note'));
  const cited = [...chapters.flat().flatMap((site) => site.node.items.map((item) => item.key)), ...manuscript.book.events.flatMap((event) => event.cite)];
  return [style, known, chapters, cited];
}

/** The revising bibliography's chapters as sites, numbered as `citationSites` numbers them. */
function caseInputs(style: CslStyle): Inputs {
  const chapters = revisingChapters.map((cites, chapter) => {
    let note = 0;
    return cites.map(({ mode, items, sameNote }, index): CitationSite => {
      if (!sameNote) note++;
      const node: Citation = { type: 'citation', mode, items, value: '' };
      return { id: `ch${chapter}:${index}`, node, noteIndex: style.class === 'note' ? note : 0, inFootnote: false };
    });
  });
  const cited = [...chapters.flat().flatMap((site) => site.node.items.map((item) => item.key)), 'events-only2003'];
  return [style, new Map(entries.map((entry) => [entry.id, entry])), chapters, cited];
}

const sorted = (processed: Processed) => ({ ...processed, clusters: [...processed.clusters].sort(), authors: [...processed.authors].sort() });

function expectSame(inputs: Inputs): Processed {
  const expected = sequentialReference(...inputs);
  const actual = processCitations(...inputs);
  expect(sorted(actual)).toEqual(sorted(expected));
  expect(engineWarnings).toEqual([]);
  return actual;
}

const bundled = (name: string, lang = 'en') => resolveStyle({ book: { csl: name, lang }, dir: '/', assets: new Map() } as unknown as Manuscript);

describe('the citation engine gives the text of citeproc’s incremental run', () => {
  it('on the flagship manuscript, in the bundled author-date and note styles', async () => {
    const { manuscript } = await loadManuscript('manuscript');
    for (const name of ['chicago-author-date', 'chicago-fullnote-bibliography']) expectSame(manuscriptInputs(manuscript!, bundled(name, manuscript!.book.lang)));
  });

  it('when later citations revise earlier ones: year suffixes, given names, co-authors (author-date)', () => {
    const processed = expectSame(caseInputs(bundled('chicago-author-date')));
    // The case does what it is for: the first citation of Smith 2005 became `2005a` only when
    // `smith2005b` was cited in the next chapter, and a narrative citation's author reads as it
    // did where it stands (`Smith`), not as the later, disambiguated `John Smith`.
    expect(processed.clusters.get('ch0:0')).toContain('2005a');
    expect(processed.authors.get('ch0:1')).toBe('Smith');
    expect(processed.authors.get('ch2:1')).toContain('John Smith');
    expect(processed.clusters.get('ch1:4')).toMatch(/Lee, Han/);
  });

  it('in Russian, and in the bundled note style (a full first note in each chapter, short ones after)', () => {
    expectSame(caseInputs(bundled('chicago-author-date', 'ru')));
    const notes = expectSame(caseInputs(bundled('chicago-fullnote-bibliography')));
    expect(notes.clusters.get('ch0:0')).toContain('North');
    expect(notes.clusters.get('ch0:2')).not.toContain('North');
    expect(notes.clusters.get('ch1:1')).toContain('North');
  });

  it.each(Object.keys(styles))('in a %s style', (name) => {
    expectSame(caseInputs(styles[name]!));
  });

  it('runs a style without position tests without `citationsPre`, so in a time linear in the citations', () => {
    const process = vi.spyOn(CSL.Engine.prototype, 'processCitationCluster');
    try {
      processCitations(...caseInputs(bundled('chicago-author-date')));
      expect(process.mock.calls.length).toBeGreaterThan(0);
      expect(process.mock.calls.every(([, pre]) => pre.length === 0)).toBe(true);
      // A citation repeated is rendered once with all the works registered, not once each.
      process.mockClear();
      const [style, known] = caseInputs(bundled('chicago-author-date'));
      const node: Citation = { type: 'citation', mode: 'parenthetical', items: [{ key: 'perdue2005', locator: '12' }], value: '' };
      const sites = Array.from({ length: 30 }, (_, index): CitationSite => ({ id: `ch:${index}`, node, noteIndex: 0, inFootnote: false }));
      const batch = processCitations(style, known, [sites], ['perdue2005']);
      expect(process.mock.calls.length).toBe(1);
      expect(sorted(batch)).toEqual(sorted(sequentialReference(style, known, [sites], ['perdue2005'])));
    } finally {
      process.mockRestore();
    }
  });
});
