/**
 * The citation renderer of an earlier build, reused while what citeproc reads is unchanged: the
 * style, the bibliography, the events' `cite` (all in the book fingerprint) and every chapter's
 * citations in reading order with their note numbers (`citationSites`), positions aside. An edit
 * to the prose moves the citations' offsets, which name them (`siteId`), so each citation of the
 * new build is mapped to the one at the same place in the reading order of the build that made
 * the renderer. Anything else, the citeproc run included, is the earlier renderer's own work.
 */
import type { Root } from 'mdast';
import type { Citation } from '../../manuscript/nodes.ts';
import type { Chapter, Manuscript } from '../../manuscript/types.ts';
import { citationSites, siteId, type CitationSite } from '../../citations/sites.ts';
import type { CitationRenderer } from '../context.ts';

export interface CitationMemo {
  /** The book fingerprint and the citation sequence the renderer was made for. */
  key: CitationKey;
  renderer: CitationRenderer;
  /** The sites of the build that made `renderer`, per chapter. */
  sites: Array<{ chapter: Chapter; sites: CitationSite[] }>;
}

/**
 * The book fingerprint and each chapter's citation sequence, kept apart: an unchanged chapter's
 * sequence is the very string of the last rebuild (kept with its frozen tree, below), so comparing
 * two keys compares one string per chapter by identity. Joined into one string, the key was a few
 * MB at 50×, copied on every rebuild to build it and again to compare it (~20 ms).
 */
export interface CitationKey {
  book: string;
  sequences: string[];
}

/** The key of `manuscript`'s citations, for a renderer whose style is (or is not) a note style. */
export function citationKey(manuscript: Manuscript, book: string, notes: boolean): { key: CitationKey; sites: CitationMemo['sites'] } {
  const chapters = manuscript.chapters.map((chapter) => ({ chapter, ...chapterSequence(chapter, notes) }));
  return { key: { book, sequences: chapters.map(({ sequence }) => sequence) }, sites: chapters.map(({ chapter, sites }) => ({ chapter, sites })) };
}

export function sameCitationKey(a: CitationKey, b: CitationKey): boolean {
  return a.book === b.book && a.sequences.length === b.sequences.length && a.sequences.every((sequence, index) => sequence === b.sequences[index]);
}

/**
 * Sites and sequence of each frozen tree (all of them in `triptych dev`: see fingerprints.ts),
 * kept with the tree: walking and serialising all 350 chapters at 50× cost ~65 ms a rebuild. They
 * depend on the tree, the chapter id (the site ids) and whether notes are numbered.
 */
const sequences = new WeakMap<object, Map<string, { sites: CitationSite[]; sequence: string }>>();

function chapterSequence(chapter: Chapter, notes: boolean): { sites: CitationSite[]; sequence: string } {
  const compute = () => {
    const sites = citationSites(chapter, notes);
    return { sites, sequence: JSON.stringify([chapter.id, sites.map((site) => [withoutPosition(site.node), site.noteIndex, site.inFootnote])]) };
  };
  if (!Object.isFrozen(chapter.tree)) return compute();
  let byChapter = sequences.get(chapter.tree);
  if (!byChapter) sequences.set(chapter.tree, (byChapter = new Map()));
  const name = `${chapter.id}\0${notes}`;
  let cached = byChapter.get(name);
  if (!cached) byChapter.set(name, (cached = compute()));
  return cached;
}

/** `memo.renderer`, answering for the citations of a build whose key equals `memo.key`. */
export function reuseCitations(memo: CitationMemo, current: CitationMemo['sites']): CitationRenderer {
  const { renderer } = memo;
  const earlier = new Map<string, { node: Citation; chapter: Chapter }>();
  current.forEach(({ chapter, sites }, index) => {
    const before = memo.sites[index]!;
    sites.forEach((site, n) => earlier.set(site.id, { node: before.sites[n]!.node, chapter: before.chapter }));
  });
  return {
    cite(node, chapter) {
      const id = siteId(chapter, node);
      const site = id === undefined ? undefined : earlier.get(id);
      if (site) return renderer.cite(site.node, site.chapter);
      // Not in the reading order (a citation the engine never saw): the renderer's fallback, which
      // a node without a position always gets, so that it cannot be taken for an earlier site.
      const { position: _position, ...bare } = node;
      return renderer.cite(bare, chapter);
    },
    bibliography: () => renderer.bibliography(),
    shortLabel: (key) => renderer.shortLabel(key),
    locatorTerm: (label, plural) => renderer.locatorTerm(label, plural),
    notes: renderer.notes,
    placeNotes: (tree: Root, chapter: Chapter) => renderer.placeNotes(tree, chapter),
  };
}

function withoutPosition(node: Citation): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value));
}
