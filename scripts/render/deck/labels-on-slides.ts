/**
 * The figures, tables, equations and listings a slide shows, by label: a reference to one of them
 * on a slide links to its slide (`#/<label>`: reveal.js resolves an element's id to the slide that
 * holds it, https://revealjs.com/links/), as a reference to a section links to the section's slide.
 * Shown means written on a slide: inside a `::: slide` block of a chapter written as a book, or
 * anywhere but `::: notes` in a chapter written as a talk. What only the notes hold (a book-first
 * chapter's prose) is not on screen, so a reference to it stays its number alone.
 */
import type { Nodes } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { labelKind } from '../../crossref/label.ts';

export function labelsOnSlides(chapters: readonly ChapterHast[]): Set<string> {
  const labels = new Set<string>();
  for (const chapter of chapters) {
    const shown = chapter.talkTree ? [chapter.talkTree] : [...chapter.slideBlocks.values()].flat();
    for (const root of shown) {
      visit(root, (node: Nodes) => {
        if (node.type === 'div' && node.attributes.classes.includes('notes')) return SKIP;
        const label = node.data?.attributes?.id;
        const kind = label === undefined ? undefined : labelKind(label);
        if (label && kind && kind !== 'section') labels.add(label);
        return undefined;
      });
    }
  }
  return labels;
}
