/**
 * A heading marked as conditional content (`## Exercise {.content-visible when-format="revealjs"}`)
 * makes its whole section conditional, as Quarto does for a section: the heading and what follows
 * it up to the next heading of its level or above are wrapped in one div carrying the heading's
 * condition, which each output then keeps or drops (prune-hidden.ts). A section for the deck only
 * so leaves no empty heading in the page, the EPUB or their contents.
 */
import type { Heading, RootContent } from 'mdast';
import type { Div } from '../../manuscript/nodes.ts';
import { isConditional } from '../../manuscript/visibility.ts';

export function wrapConditionalSections(parent: { children: RootContent[] }): void {
  const out: RootContent[] = [];
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'div') wrapConditionalSections(node);
    if (node.type !== 'heading' || !isConditional(node.data?.attributes)) {
      out.push(node);
      continue;
    }
    const section: RootContent[] = [node];
    while (index + 1 < children.length && !endsSection(children[index + 1]!, node)) section.push(children[++index]!);
    const { classes, pairs } = node.data!.attributes!;
    const condition = {
      classes: classes.filter((name) => name === 'content-visible' || name === 'content-hidden'),
      pairs: pairs.filter(([key]) => key === 'when-format' || key === 'unless-format'),
    };
    // The condition moves to the wrapper; the heading keeps its other attributes.
    node.data!.attributes = { ...node.data!.attributes!, classes: classes.filter((name) => name !== 'content-visible' && name !== 'content-hidden'), pairs: pairs.filter((pair) => !condition.pairs.includes(pair)) };
    const div: Div = { type: 'div', attributes: condition, children: section as Div['children'], ...(node.position ? { position: node.position } : {}) };
    out.push(div);
  }
  parent.children = out;
}

function endsSection(node: RootContent, heading: Heading): boolean {
  return node.type === 'heading' && node.depth <= heading.depth;
}
