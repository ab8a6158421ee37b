/**
 * mdast → hast for the pandoc constructs of branch i16c, learned once here for every output:
 * `H~2~O` and `2^10^` as `<sub>` and `<sup>` (pandoc's HTML writer's elements).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { Nodes } from 'mdast';
import type { Subscript, Superscript } from '../../syntax/pandoc-scripts/index.ts';

export const pandocConstructHandlers = {
  subscript: (state: State, node: Subscript) => patched(state, node, h('sub', state.all(node))),
  superscript: (state: State, node: Superscript) => patched(state, node, h('sup', state.all(node))),
} satisfies Handlers;

function patched(state: State, node: Nodes, element: Element): Element {
  state.patch(node, element);
  return element;
}
