/**
 * How each chapter is written for the deck, and at which heading level its slides start.
 * A chapter holding a `::: slide` block is book-first (the blocks show, the prose is the notes);
 * one without is written the way pandoc and Quarto slides are (each section's content is its
 * slide), unless `deck.mode` says which for every chapter. The slide level of a book-first chapter
 * is `deck.slideLevel` (default 2); of a pandoc-style one, `deck.slideLevel` or else pandoc's rule
 * (https://pandoc.org/MANUAL.html#structuring-the-slide-show): the highest level of a heading
 * followed directly by content somewhere, counting each chapter as a level-1 heading; 6 when no
 * heading is (a deck of headings only: every one a title slide).
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Deck } from '../schema/deck.ts';
import type { Chapter } from '../types.ts';
import { isSlideBlock } from '../slide-blocks.ts';

export type ChapterMode = 'book' | 'slides';

export function chapterMode(tree: Root, deck: Deck): ChapterMode {
  return deck.mode === 'auto' ? (holdsSlideBlock(tree) ? 'book' : 'slides') : deck.mode;
}

export function bookSlideLevel(deck: Deck): number {
  return deck.slideLevel ?? 2;
}

/** The slide level of the pandoc-style chapters: `deck.slideLevel`, or pandoc's rule over their trees. */
export function talkSlideLevel(talks: ReadonlyArray<{ chapter: Chapter; tree: Root }>, deck: Deck): number {
  return deck.slideLevel ?? pandocSlideLevel(talks);
}

function holdsSlideBlock(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (found || isSlideBlock(node)) {
      found = true;
      return false;
    }
    return undefined;
  });
  return found;
}

/** pandoc's `getSlideLevel`, over the chapters' top-level blocks, each chapter opening with its level-1 heading. */
export function pandocSlideLevel(talks: ReadonlyArray<{ chapter: Chapter; tree: Root }>): number {
  let least = 6;
  for (const { chapter, tree } of talks) {
    const blocks = tree.children.filter(shows);
    // The text before a one-file book's first heading has no heading of its own.
    const opened = chapter.heading !== undefined || chapter.matter !== undefined;
    if (opened && blocks[0] !== undefined && blocks[0].type !== 'heading' && blocks[0].type !== 'thematicBreak') least = 1;
    blocks.forEach((block, index) => {
      const next = blocks[index + 1];
      if (block.type === 'heading' && block.depth < least && next && next.type !== 'heading' && next.type !== 'thematicBreak') least = block.depth;
    });
  }
  return least;
}

/** Blocks that are content: not front matter, definitions or notes written elsewhere. */
function shows(node: RootContent): boolean {
  return node.type !== 'yaml' && node.type !== 'definition' && node.type !== 'footnoteDefinition';
}
