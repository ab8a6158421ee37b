/**
 * mdast → hast handlers for the nodes our plugins add, one per node type, dispatched from one table
 * (mdast-util-to-hast's own design). A slide block is the deck's, not the book's: it renders to
 * nothing here; the deck renderer reads it from the mdast. A fenced div is a `<div>` and a
 * bracketed span a `<span>`, with their pandoc attributes as pandoc's HTML writer writes them; a
 * code block's attributes go on its `<pre>`, as pandoc puts them, its language staying on `<code>`.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Code } from 'mdast';
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Citation, DateMention, Div, Span } from '../../manuscript/nodes.ts';
import { isSlideBlock } from '../../manuscript/slide-blocks.ts';
import { attributesToProperties } from '../../syntax/pandoc-attributes/to-properties.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { renderGlance } from './glance.ts';
import { renderDateMention } from './date-mention.ts';

export function createHandlers(context: RenderContext, chapter: Chapter): Handlers {
  return {
    citation: (_state: State, node: Citation) => context.citations.cite(node, chapter),
    dateMention: (_state: State, node: DateMention) => renderDateMention(node),
    // A slide block is the deck's (deck/slide-block.ts renders it from the mdast); the book shows
    // the section's prose, not its slide.
    ...pandocHandlers,
    leafDirective: (_state: State, node: LeafDirective) => {
      if (node.name === 'glance') return renderGlance(context.manuscript);
      if (node.name === 'timeline' || node.name === 'map') return context.figures.figure(node.name, node.attributes ?? {}, { frame: 'book' });
      return undefined;
    },
    textDirective: (state: State, node: TextDirective) => state.all(node) as ElementContent[],
  };
}

/** Fenced divs, bracketed spans and code blocks with pandoc attributes. */
export const pandocHandlers = {
  div: (state: State, node: Div) => (isSlideBlock(node) ? undefined : patched(state, node, h('div', attributesToProperties(node.attributes, 'div'), state.wrap(state.all(node), true)))),
  span: (state: State, node: Span) => patched(state, node, h('span', attributesToProperties(node.attributes, 'span'), state.all(node))),
  code: codeBlock,
} satisfies Handlers;

function patched(state: State, node: Div | Span, element: Element): Element {
  state.patch(node, element);
  return element;
}

/** mdast-util-to-hast's `<pre><code class="language-…">`, with the block's other attributes on `<pre>`. */
function codeBlock(state: State, node: Code): Element {
  const pre = defaultHandlers.code(state, node);
  const attributes = node.data?.attributes;
  if (!attributes) return pre;
  const properties = attributesToProperties({ ...attributes, classes: attributes.classes.filter((name) => name !== node.lang) }, 'pre');
  pre.properties = { ...pre.properties, ...properties };
  return pre;
}
