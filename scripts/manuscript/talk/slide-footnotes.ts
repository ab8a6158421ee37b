/**
 * Footnotes on slides. pandoc's revealjs writer, with `--reference-location=section`, sets a
 * slide's notes at its foot (https://pandoc.org/MANUAL.html#option--reference-location); a slide
 * cannot send its audience to the end of the talk, so the deck always does. A note keeps the number
 * the book gives it: its place among the chapter's notes in order of first reference, counting the
 * references the book shows (not those in `::: slide` or `::: notes` blocks, which the book leaves
 * to the deck); a note cited only there is numbered after those. The fitting model (slide-fit/)
 * counts a slide's notes into its height, so a slide with notes still fits.
 */
import type { FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { isDeckBlock } from '../slide-blocks.ts';

export interface SlideNotes {
  /** Each note's content, by its normalised identifier. */
  definitions: ReadonlyMap<string, FootnoteDefinition>;
  /** Each note's number, as the book numbers it. */
  numbers: ReadonlyMap<string, number>;
}

const memo = new WeakMap<Root, SlideNotes>();

/**
 * The chapter's notes and their numbers, from its Markdown (a tree never changes once parsed);
 * `numbered`: the tree the book numbers them in, when the notes are read from a copy of it (a
 * talk's Markdown, whose citations stay citations; the book's may have become notes too).
 */
export function chapterFootnotes(tree: Root, numbered: Root = tree): SlideNotes {
  const known = numbered === tree ? memo.get(tree) : undefined;
  if (known) return known;
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const numbers = new Map<string, number>();
  // GFM makes a reference only of a label its chapter defines: every one counts.
  const number = (identifier: string) => {
    if (!numbers.has(identifier)) numbers.set(identifier, numbers.size + 1);
  };
  // The book's order first (mdast-util-to-hast numbers as it meets references; deck blocks and the
  // definitions themselves come later), then what only the deck cites.
  visit(numbered, (node) => {
    if (isDeckBlock(node as Nodes) || node.type === 'footnoteDefinition') return 'skip';
    if (node.type === 'footnoteReference') number(node.identifier);
    return undefined;
  });
  visit(tree, 'footnoteReference', (node) => number(node.identifier));
  const notes = { definitions, numbers };
  if (numbered === tree) memo.set(tree, notes);
  return notes;
}

/** The notes `nodes` cite, with the notes those notes cite, in order of first reference. */
export function notesCited(nodes: readonly RootContent[], notes: SlideNotes | undefined): string[] {
  if (!notes || notes.definitions.size === 0) return [];
  const cited: string[] = [];
  const walk = (list: readonly RootContent[]) => {
    visit({ type: 'root', children: [...list] } as Root, 'footnoteReference', (node) => {
      const definition = notes.definitions.get(node.identifier);
      if (!definition || cited.includes(node.identifier)) return;
      cited.push(node.identifier);
      walk(definition.children);
    });
  };
  walk(nodes);
  return cited;
}
