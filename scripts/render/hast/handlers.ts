/**
 * mdast → hast handlers for the nodes our plugins add, one per node type, dispatched from one table
 * (mdast-util-to-hast's own design). A slide block is the deck's, not the book's: it renders to
 * nothing here; the deck renderer reads it from the mdast.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Citation, DateMention } from '../../manuscript/nodes.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { renderGlance } from './glance.ts';
import { renderDateMention } from './date-mention.ts';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

export function createHandlers(context: RenderContext, chapter: Chapter): Handlers {
  return {
    citation: (_state: State, node: Citation) => context.citations.cite(node, chapter),
    dateMention: (_state: State, node: DateMention) => renderDateMention(node, context.words),
    // A slide block is the deck's (deck/slide-block.ts renders it from the mdast); the book shows
    // the section's prose, not its slide.
    containerDirective: (state: State, node: ContainerDirective) =>
      node.name === 'slide' ? undefined : h('div', { className: [node.name] }, state.all(node) as ElementContent[]),
    leafDirective: (_state: State, node: LeafDirective) => {
      if (node.name === 'glance') return renderGlance(context.manuscript, context.words, headingLevelAt(chapter, node) + 1);
      if (node.name === 'timeline' || node.name === 'map') return context.figures.figure(node.name, node.attributes ?? {}, { frame: 'book' });
      return undefined;
    },
    textDirective: (state: State, node: TextDirective) => state.all(node) as ElementContent[],
  };
}

/**
 * The level of the last heading before `node` in its chapter (the chapter's own title is level 1),
 * so that a block with a heading of its own (the glance) goes one level below it and the book's
 * headings never skip a level (WCAG 1.3.1; axe and Ace: heading-order).
 */
function headingLevelAt(chapter: Chapter, node: Node): number {
  const at = node.position?.start.offset ?? Infinity;
  let level = 1;
  visit(chapter.tree, 'heading', (heading) => {
    if ((heading.position?.start.offset ?? Infinity) < at) level = heading.depth;
  });
  return level;
}
