/**
 * How each chapter is written for the deck, and at which heading level its slides start.
 * A chapter holding a `::: slide` block is book-first (the blocks show, the prose is the notes);
 * one without is written the way pandoc and Quarto slides are (each section's content is its
 * slide), unless `deck.mode` says which for every chapter. The slide level of a book-first chapter
 * is `deck.slideLevel` (default 2); of a pandoc-style one, `deck.slideLevel` or else pandoc's rule
 * (https://pandoc.org/MANUAL.html#structuring-the-slide-show): the highest level of a heading
 * followed directly by content somewhere, counting each chapter as a level-1 heading; 6 when no
 * heading is (a deck of headings only: every one a title slide).
 *
 * In a book that also has book-first chapters, a pandoc-style chapter is one chapter among others:
 * its title opens it on a chapter slide, as every chapter's does, and the text before its first
 * heading does not make the whole talk one slide a chapter (as pandoc's rule would, counting the
 * chapter as a heading followed by content). That text goes on the chapter's slide, as pandoc puts
 * the content under a heading above the slide level on that heading's title slide, and the level
 * follows pandoc's rule over the chapter's own headings: its `##` sections start slides, as the
 * book-first chapters' do.
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

/**
 * The slide level of the pandoc-style chapters: `deck.slideLevel`, or pandoc's rule over their
 * trees; `beside` says the book has book-first chapters too (then a chapter's opening text is not
 * content under a level-1 heading).
 */
export function talkSlideLevel(talks: ReadonlyArray<{ chapter: Chapter; tree: Root }>, deck: Deck, beside: { bookFirst: boolean }): number {
  return deck.slideLevel ?? pandocSlideLevel(talks, !beside.bookFirst);
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

/**
 * pandoc's `getSlideLevel`, over the chapters' top-level blocks; with `chapterHeadings`, each
 * chapter opens with its level-1 heading (its title), so text right under it makes the level 1.
 */
export function pandocSlideLevel(talks: ReadonlyArray<{ chapter: Chapter; tree: Root }>, chapterHeadings = true): number {
  let least = 6;
  for (const { chapter, tree } of talks) {
    const blocks = tree.children.filter(shows);
    // The text before a one-file book's first heading has no heading of its own.
    const opened = chapterHeadings && (chapter.heading !== undefined || chapter.matter !== undefined);
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
