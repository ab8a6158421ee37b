/**
 * Where each citation stands in the book's reading order, and in which note. citeproc-js needs the
 * citations in document order with their note numbers (`citationsPre`) to decide what is a first
 * citation (a full note) and what is a later one (a short note). The book is numbered the way
 * mdast-util-to-hast numbers GFM footnotes: in the order their first reference is met, so an
 * author's footnote is read where it is referenced; with a note style every citation in the text
 * becomes a note of its own (`notes.ts`), in the same order. Slide blocks (`::: slide`) are the
 * deck's, not the book's: their citations are not part of this order.
 */
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Citation } from '../manuscript/nodes.ts';
import { isDeckBlock } from '../manuscript/slide-blocks.ts';
import type { Chapter } from '../manuscript/types.ts';

export interface CitationSite {
  /** Unique in the book: the chapter id and the citation's source offset. */
  id: string;
  node: Citation;
  /** The note that holds the citation; 0 for a citation in the running text of an in-text style. */
  noteIndex: number;
  /** Inside one of the author's own footnotes (`[^id]`). */
  inFootnote: boolean;
}

/** The id of a citation node, the same for the chapter's tree and for any clone of it. */
export function siteId(chapter: Pick<Chapter, 'id'>, node: Citation): string | undefined {
  const offset = node.position?.start.offset;
  return offset === undefined ? undefined : `${chapter.id}:${offset}`;
}

/** The chapter's citations in reading order; with `notes`, each one outside a footnote takes a note number. */
export function citationSites(chapter: Chapter, notes: boolean): CitationSite[] {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(chapter.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const sites: CitationSite[] = [];
  const referenced = new Set<string>();
  let noteCount = 0;
  const walk = (parent: Root | Nodes, noteIndex: number, inFootnote: boolean) => {
    if (!('children' in parent)) return;
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'footnoteDefinition' || isDeckBlock(child)) continue;
      if (child.type === 'footnoteReference') {
        const definition = definitions.get(child.identifier);
        if (definition && !referenced.has(child.identifier)) {
          referenced.add(child.identifier);
          noteCount++;
          walk(definition, noteCount, true);
        }
      } else if (child.type === 'citation') {
        const id = siteId(chapter, child);
        if (id === undefined) continue;
        if (inFootnote) sites.push({ id, node: child, noteIndex, inFootnote });
        else sites.push({ id, node: child, noteIndex: notes ? ++noteCount : 0, inFootnote });
      } else walk(child, noteIndex, inFootnote);
    }
  };
  walk(chapter.tree, 0, false);
  return sites;
}
