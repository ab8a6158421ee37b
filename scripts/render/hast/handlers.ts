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

export function createHandlers(context: RenderContext, chapter: Chapter): Handlers {
  return {
    citation: (_state: State, node: Citation) => withSource(context.citations.cite(node, chapter), node),
    dateMention: (_state: State, node: DateMention) => renderDateMention(node),
    // A slide block is the deck's (deck/slide-block.ts renders it from the mdast); the book shows
    // the section's prose, not its slide.
    containerDirective: (state: State, node: ContainerDirective) =>
      node.name === 'slide' ? undefined : h('div', { className: [node.name] }, state.all(node) as ElementContent[]),
    leafDirective: (_state: State, node: LeafDirective) => {
      if (node.name === 'glance') return renderGlance(context.manuscript);
      if (node.name === 'timeline' || node.name === 'map') return context.figures.figure(node.name, node.attributes ?? {}, { frame: 'book' });
      return undefined;
    },
    textDirective: (state: State, node: TextDirective) => state.all(node) as ElementContent[],
  };
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
