/**
 * A slide's footnotes at its foot, as pandoc's revealjs writer sets them with
 * `--reference-location=section` (https://pandoc.org/MANUAL.html#option--reference-location): the
 * reference a superscript number (the book's, manuscript/talk/slide-footnotes.ts), the notes an
 * `<aside role="doc-footnote">` list under the slide's body. A slide may be shown again on a
 * continuation, so each page's ids carry a prefix of their own. The reference links to its note
 * the way pandoc's do in reveal.js (`#/id`: reveal.js goes to the slide holding the element, this
 * one), without moving the slide; the notes need no link back, being on the same slide.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { FootnoteReference, RootContent } from 'mdast';
import type { SlideNotes } from '../../manuscript/talk/slide-footnotes.ts';

/** The notes a page of a slide may cite, and the prefix of that page's ids. */
export interface PageNotes {
  notes: SlideNotes | undefined;
  prefix: string;
}

/** A footnote reference on a slide: its number, linked to its note at the slide's foot; a note the chapter does not define stays as written. */
export function slideNoteReference(node: FootnoteReference, page: PageNotes | undefined): ElementContent {
  const number = page?.notes?.numbers.get(node.identifier);
  if (!page || number === undefined) return { type: 'text', value: `[^${node.label ?? node.identifier}]` };
  return h('sup', [h('a', { href: `#/${page.prefix}fn-${node.identifier}`, className: ['footnote-ref'], role: 'doc-noteref' }, String(number))]);
}

/** The notes `cited` (identifiers, in order) as the list at the slide's foot; `render` gives a note's blocks as the slide shows them. */
export function slideFootnotes(cited: readonly string[], page: PageNotes, render: (nodes: RootContent[]) => ElementContent[]): Element | undefined {
  const { notes, prefix } = page;
  if (!notes || cited.length === 0) return undefined;
  const items = cited.map((id) => h('li', { id: `${prefix}fn-${id}`, value: notes.numbers.get(id) }, render(notes.definitions.get(id)!.children)));
  return h('aside', { className: ['slide-footnotes'], role: 'doc-footnote' }, [h('ol', items)]);
}
