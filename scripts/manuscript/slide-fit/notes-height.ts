/**
 * How tall the footnotes a part of a slide cites are at its foot (deck.css `.slide-footnotes`:
 * a rule and a gap above, each note at the floor size of 26 px, the smallest text a slide shows).
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { notesCited, type SlideNotes } from '../talk/slide-footnotes.ts';
import { bodyWidth, slideGeometry as g, wrappedLines } from './geometry.ts';

/** The notes' text size and the room above them (rule, padding and margin; deck.css says the same). */
export const footnoteGeometry = { size: g.body.compact, above: 14 } as const;

export function notesHeight(nodes: readonly RootContent[], notes: SlideNotes | undefined): number {
  const cited = notesCited(nodes, notes);
  if (cited.length === 0) return 0;
  const { size, above } = footnoteGeometry;
  // Each note is a list item: its number hangs in the list's indent.
  const width = bodyWidth - g.listIndent * size;
  const lines = cited.flatMap((id) => notes!.definitions.get(id)!.children).reduce((sum, block) => sum + wrappedLines(toString(block), width, size, g.charWidth), 0);
  return above + lines * size * g.lineHeight;
}
