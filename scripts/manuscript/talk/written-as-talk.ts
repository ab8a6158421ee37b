/**
 * Whether a manuscript written the pandoc way is a talk, not a book that also gets a deck: it says
 * so (`deck.mode: slides`), or it uses what only slides have: speaker notes (`::: notes`), pauses
 * (`. . .`), incremental lists, fragments, columns, or slide attributes on a heading (a background,
 * a transition, `visibility`, `.smaller`, `.scrollable`). The slides check speaks to a talk's
 * author about slides that do not fit; a book's author, who never wrote a slide, is not told that
 * its prose does not fit on them.
 */
import type { Nodes } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import type { Deck } from '../schema/deck.ts';
import type { Chapter } from '../types.ts';
import { isPause } from './fragments.ts';

const slideClasses = new Set(['notes', 'incremental', 'nonincremental', 'fragment', 'columns', 'column', 'smaller', 'scrollable']);
const slidePairs = /^(data-)?(background(-[a-z]+)?|transition(-speed)?|visibility|auto-animate)$/;

export function writtenAsTalk(chapters: readonly Chapter[], deck: Deck): boolean {
  if (deck.mode === 'slides') return true;
  return chapters.some((chapter) => (chapter.heading !== undefined && slideOnly(chapter.heading)) || holdsSlideSyntax(chapter.tree));
}

function holdsSlideSyntax(tree: Nodes): boolean {
  let found = false;
  visit(tree, (node) => {
    if (!slideOnly(node as Nodes)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

function slideOnly(node: Nodes): boolean {
  if (node.type === 'paragraph' && isPause(node)) return true;
  const attributes = node.type === 'div' || node.type === 'span' ? node.attributes : node.data?.attributes;
  if (!attributes) return false;
  return attributes.classes.some((name) => slideClasses.has(name)) || (node.type === 'heading' && attributes.pairs.some(([key]) => slidePairs.test(key)));
}
