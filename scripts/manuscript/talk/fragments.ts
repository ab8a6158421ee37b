/**
 * What steps on a slide, as pandoc's revealjs writer makes it
 * (https://pandoc.org/MANUAL.html#incremental-lists, #inserting-pauses): a paragraph of three
 * spaced dots (`. . .`) is a pause, and what follows it, up to the next pause, is one fragment (a
 * `<div class="fragment">`); the items of a list in a `::: incremental` div (or of every list,
 * with `deck.incremental`, except in a `::: nonincremental` div) are fragments one by one; a list
 * alone in a block quote departs from the default, pandoc's older way. `[text]{.fragment}` and
 * `::: fragment` divs need nothing here: their class is reveal.js's own
 * (https://revealjs.com/fragments/). Content hidden from the deck (conditional content) goes too.
 */
import type { List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Div } from '../nodes.ts';
import { visibleIn } from '../visibility.ts';
import { isDeckBlock } from '../slide-blocks.ts';

export function slideFragments(nodes: readonly RootContent[], incremental: boolean): RootContent[] {
  return paused(nodes.flatMap((node) => stepped(node, incremental)));
}

/** True for pandoc's pause: a paragraph of `. . .` alone. */
export function isPause(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && /^\.\s\.\s\.$/.test(toString(node).trim());
}

function paused(nodes: readonly RootContent[]): RootContent[] {
  const before: RootContent[] = [];
  const fragments: RootContent[][] = [];
  for (const node of nodes) {
    if (isPause(node)) fragments.push([]);
    else (fragments.at(-1) ?? before).push(node);
  }
  return [...before, ...fragments.filter((part) => part.length > 0).map((children): Div => ({ type: 'div', attributes: { classes: ['fragment'], pairs: [] }, children: children as Div['children'] }))];
}

function stepped(node: RootContent, incremental: boolean): RootContent[] {
  if (node.type === 'div' && !visibleIn(node.attributes, 'deck')) return [];
  if (node.type === 'span' && !visibleIn(node.attributes, 'deck')) return [];
  if (node.type === 'list') return [incremental ? fragmentItems(node) : node];
  if (node.type === 'blockquote' && node.children.length === 1 && node.children[0]!.type === 'list') return [incremental ? node.children[0]! : fragmentItems(node.children[0]!)];
  if (node.type === 'div') {
    const classes = node.attributes.classes;
    const inner = classes.includes('incremental') ? true : classes.includes('nonincremental') ? false : incremental;
    return [{ ...node, children: paused(node.children.flatMap((child) => stepped(child, inner))) as Div['children'] }];
  }
  if ('children' in node && Array.isArray(node.children) && node.type !== 'paragraph' && node.type !== 'heading') {
    return [{ ...node, children: (node.children as RootContent[]).flatMap((child) => stepped(child, incremental)) } as RootContent];
  }
  if ('children' in node && Array.isArray(node.children)) return [{ ...node, children: visibleInline(node.children as RootContent[]) } as RootContent];
  return [node];
}

/** Phrasing content without the spans hidden from the deck. */
function visibleInline(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type === 'span' && !visibleIn(node.attributes, 'deck')) return [];
    if ('children' in node && Array.isArray(node.children)) return [{ ...node, children: visibleInline(node.children as RootContent[]) } as RootContent];
    return [node];
  });
}

function fragmentItems(list: List): List {
  return { ...list, children: list.children.map((item) => ({ ...item, data: { ...item.data, hProperties: { ...item.data?.hProperties, className: ['fragment'] } } })) };
}

/**
 * The book has no pauses: pandoc's other writers drop the `. . .` paragraph, and so does the book.
 * Slide blocks and notes keep theirs (the deck reads them from the same tree).
 */
export function removePauses(parent: { children: RootContent[] }): void {
  parent.children = parent.children.filter((child) => !isPause(child));
  for (const child of parent.children) {
    if (isDeckBlock(child) || !('children' in child) || child.type === 'paragraph' || child.type === 'heading') continue;
    removePauses(child as { children: RootContent[] });
  }
}
