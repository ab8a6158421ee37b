/**
 * mdast → hast handlers for the nodes our plugins add, one per node type, dispatched from one table
 * (mdast-util-to-hast's own design). A slide block is the deck's, not the book's: it renders to
 * nothing here; the deck renderer reads it from the mdast. A fenced div is a `<div>` and a
 * bracketed span a `<span>`, with their pandoc attributes as pandoc's HTML writer writes them
 * (code blocks, math and definition lists: book-syntax-handlers.ts).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Citation, DateMention, Div, Span } from '../../manuscript/nodes.ts';
import { isDeckBlock } from '../../manuscript/slide-blocks.ts';
import { attributesToProperties } from '../../syntax/pandoc-attributes/to-properties.ts';
import type { CrossReference } from '../../manuscript/nodes.ts';
import { numberTableCaption, renderCrossReference } from '../../crossref/render.ts';
import type { Parents } from 'mdast';
import type { TableCaption } from '../../syntax/table-captions/index.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { renderGlance } from './glance.ts';
import { renderDateMention } from './date-mention.ts';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { bookSyntaxHandlers } from './book-syntax-handlers.ts';
import { pandocConstructHandlers } from './pandoc-construct-handlers.ts';

export function createHandlers(context: RenderContext, chapter: Chapter): Handlers {
  return {
    ...bookSyntaxHandlers(context, chapter),
    ...pandocConstructHandlers,
    citation: (_state: State, node: Citation) => withSource(context.citations.cite(node, chapter), node),
    // The book does not show a `::: slide` block: a figure written only there is referred to by its words alone.
    crossReference: (_state: State, node: CrossReference) => renderCrossReference(node, context.crossReferences, context.words, (target) => !target.slideOnly),
    tableCaption: (state: State, node: TableCaption, parent: Parents | undefined) =>
      numberTableCaption(pandocConstructHandlers.tableCaption(state, node), node, parent, context.crossReferences, context.words, chapter.id),
    dateMention: (_state: State, node: DateMention) => renderDateMention(node, context.words),
    // A slide block and speaker notes are the deck's (deck/slide-block.ts renders them from the
    // mdast); the book shows the section's prose, not its slide or its notes.
    ...pandocHandlers,
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

declare module 'hast' {
  interface Data {
    /** On a rendered citation's `<span class="citation">`: the citation it renders (not serialised), so the deck's speaker notes can say it their own way. */
    citation?: Citation;
  }
}

function withSource(content: ElementContent[], citation: Citation): ElementContent[] {
  for (const node of content) if (node.type === 'element') node.data = { ...node.data, citation };
  return content;
}

/** Fenced divs and bracketed spans. */
export const pandocHandlers = {
  div: (state: State, node: Div) => (isDeckBlock(node) ? undefined : patched(state, node, h('div', attributesToProperties(node.attributes, 'div'), state.wrap(state.all(node), true)))),
  span: (state: State, node: Span) => patched(state, node, h('span', attributesToProperties(node.attributes, 'span'), state.all(node))),
} satisfies Handlers;

function patched(state: State, node: Div | Span, element: Element): Element {
  state.patch(node, element);
  return element;
}
