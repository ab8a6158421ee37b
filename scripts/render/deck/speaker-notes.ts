/**
 * A section's prose as speaker notes: `<aside class="notes">`, which reveal.js hides from the
 * room and shows in the speaker view (https://revealjs.com/speaker-view/). The notes are the
 * book's own hast for the section, read aloud or glanced at, so what only makes sense on a page
 * goes: figures and the glance block (they have slides of their own), footnote references (the
 * notes have no footnotes), and `#` links (the book's anchors do not exist in the deck; their
 * text stays). Ids go too: a split slide repeats its notes, and an id must stay unique.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

export function speakerNotes(prose: readonly ElementContent[]): Element | undefined {
  const content = prose.flatMap(clean);
  const hasText = content.some((node) => textOf(node).trim() !== '');
  return hasText ? h('aside', { className: ['notes'] }, content) : undefined;
}

function clean(node: ElementContent): ElementContent[] {
  if (node.type !== 'element') return node.type === 'comment' ? [] : [node];
  const classes = node.properties['className'];
  const className = Array.isArray(classes) ? classes.map(String) : [];
  if (node.tagName === 'figure' || (node.tagName === 'aside' && className.includes('glance'))) return [];
  if (node.properties['dataFootnoteRef'] !== undefined) return [];
  const children = node.children.flatMap(clean);
  if (node.tagName === 'sup' && children.length === 0) return [];
  const href = node.properties['href'];
  if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) return children;
  const { id: _id, ...properties } = node.properties;
  return [{ ...node, properties, children }];
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
