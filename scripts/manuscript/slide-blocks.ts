/**
 * A slide block: a fenced div with the class `slide` (`::: slide` … `:::`, or `::: {.slide …}`),
 * what shows on its section's slide in the deck. The book shows the section's prose instead, and
 * the citation order, the claims check and the notes leave the block to the deck.
 */
import type { Nodes } from 'mdast';

export function isSlideBlock(node: Nodes): boolean {
  return node.type === 'div' && node.attributes.classes.includes('slide');
}

/**
 * Speaker notes (`::: notes` … `:::`, pandoc's https://pandoc.org/MANUAL.html#speaker-notes): the
 * deck's only; the book never shows them.
 */
export function isNotesBlock(node: Nodes): boolean {
  return node.type === 'div' && node.attributes.classes.includes('notes');
}

/** A block only the deck shows: a slide block or speaker notes (citations in it are not the book's). */
export function isDeckBlock(node: Nodes): boolean {
  return isSlideBlock(node) || isNotesBlock(node);
}
