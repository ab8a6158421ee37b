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

export function createHandlers(context: RenderContext, chapter: Chapter, slides: Map<string, ElementContent[]>): Handlers {
  let inSlide = false;
  return {
    citation: (_state: State, node: Citation) => context.citations.cite(node, chapter),
    dateMention: (_state: State, node: DateMention) => renderDateMention(node),
    containerDirective: (state: State, node: ContainerDirective) => {
      if (node.name !== 'slide') return h('div', { className: [node.name] }, state.all(node) as ElementContent[]);
      // Collected for the deck; the book shows the prose, not the slide's points.
      const sectionId = String((node.data as { sectionId?: string } | undefined)?.sectionId ?? '');
      // Figures inside a slide block are laid out for the 1280×720 slide, not the book's column.
      inSlide = true;
      const content = state.all(node) as ElementContent[];
      inSlide = false;
      slides.set(sectionId, [...(slides.get(sectionId) ?? []), ...content]);
      return undefined;
    },
    leafDirective: (_state: State, node: LeafDirective) => {
      if (node.name === 'glance') return renderGlance(context.manuscript);
      if (node.name === 'timeline' || node.name === 'map') return context.figures.figure(node.name, node.attributes ?? {}, { frame: inSlide ? 'slide' : 'book' });
      return undefined;
    },
    textDirective: (state: State, node: TextDirective) => state.all(node) as ElementContent[],
  };
}
