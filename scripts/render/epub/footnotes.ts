/**
 * Footnotes in the form the reading systems with pop-up notes recognise (EPUB 3 Structural
 * Semantics, https://www.w3.org/TR/epub-ssv-11/#notes; DPUB-ARIA doc-noteref/doc-footnote):
 * - the reference is `<a epub:type="noteref" role="doc-noteref" href="#note">` (Apple Books, Kobo
 *   and Kindle key their pop-ups on `noteref`);
 * - the note is an `<aside epub:type="footnote" role="doc-footnote" id="note">` in the same file,
 *   not an `<li>`: Apple Books hides such asides from the flow and shows them only as pop-ups,
 *   Kobo shows the aside's content in its pop-up;
 * - the note starts with its number, linked back to the reference (`role="doc-backlink"`): Kindle
 *   turns a note into a pop-up when the link is bidirectional, and readers without pop-ups still get
 *   a way back;
 * - the notes have no visible heading: Apple Books and foliate-js hide footnote asides (to pop them
 *   up), and a "Notes" heading above them was left alone, ruled off and empty, at a chapter's end.
 *   The block is named for screen readers (`aria-label`), and the first note carries the rule that
 *   sets the notes off where a reader shows them, so it goes with them where one hides them;
 * - Kobo pops up a link to a node after it of 9 to 5,000 characters, and asks for `epub:type`
 *   footnote (https://github.com/kobolabs/epub-spec#footnotesendnotes-are-fully-supported-across-kobo-platforms):
 *   a note starts with its number, so it has at least its number, a space and its text.
 * Input is mdast-util-to-hast's GFM footnote block (`<section data-footnotes>` with an `<ol>`);
 * the ids it made (already prefixed with the chapter id) are kept, so they stay unique in the book.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';

export function epubFootnotes(section: Element, label: string): void {
  visit(section, 'element', (node: Element) => {
    if (node.tagName === 'a' && 'dataFootnoteRef' in node.properties) {
      delete node.properties['dataFootnoteRef'];
      // It pointed at the GFM block's "Notes" label; the label below has a chapter-unique id.
      delete node.properties['ariaDescribedBy'];
      node.properties['epub:type'] = 'noteref';
      node.properties['role'] = 'doc-noteref';
    }
  });
  section.children = section.children.map((child) =>
    child.type === 'element' && child.tagName === 'section' && 'dataFootnotes' in child.properties ? notesSection(child, label) : child,
  );
}

function notesSection(block: Element, label: string): Element {
  const items: Element[] = [];
  visit(block, 'element', (node: Element) => {
    if (node.tagName !== 'li') return undefined;
    items.push(node);
    return SKIP;
  });
  return h('section', { 'epub:type': 'footnotes', className: ['footnotes'], ariaLabel: label }, items.map((item, index) => footnote(item, index + 1)));
}

function footnote(item: Element, number: number): Element {
  const backrefs: string[] = [];
  // GFM appends "↩" back-links; collect their targets and drop them.
  visit(item, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || !('dataFootnoteBackref' in node.properties) || !parent || index === undefined) return undefined;
    backrefs.push(String(node.properties['href']));
    parent.children.splice(index, 1);
    const before = parent.children[index - 1];
    if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
    return [SKIP, index];
  });
  const body = item.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const label = h('a', { href: backrefs[0] ?? '#', role: 'doc-backlink' }, `${number}.`);
  const more = backrefs.slice(1).map((href, i): ElementContent[] => [{ type: 'text', value: ' ' }, h('a', { href, role: 'doc-backlink' }, `↩${i + 2}`)]);
  const first = body[0];
  // The number goes inside the first paragraph so that it reads "1. The gold was…" on one line.
  if (first?.type === 'element' && first.tagName === 'p') {
    first.children = [label, { type: 'text', value: ' ' }, ...first.children, ...more.flat()];
  } else {
    body.unshift(h('p', [label, ...more.flat()]));
  }
  return h('aside', { 'epub:type': 'footnote', role: 'doc-footnote', id: item.properties['id'], className: ['footnote'] }, body);
}
