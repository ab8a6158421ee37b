/**
 * A Markdown file cut into chapters at its level-1 headings, as pandoc's EPUB writer cuts a book
 * (`--split-level=1`, https://pandoc.org/MANUAL.html#option--split-level): each top-level `# Title`
 * starts a chapter whose title it becomes (and is not repeated in the text), its id the heading's
 * own `{#id}` when written. What comes before the first one is returned without a heading: pandoc
 * gives it the document's title.
 *
 * Footnotes and link definitions may be written anywhere in the file (often at its end) and still
 * apply to all of it: a link definition goes with every chapter, a footnote with the chapter of its
 * first reference, so each chapter's notes and links resolve as they did in the whole file.
 */
import type { Definition, FootnoteDefinition, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export interface ChapterSection {
  /** The level-1 heading that starts it, taken out of `tree`; none for the text before the first. */
  heading: Heading | undefined;
  /** The heading's text. */
  title: string | undefined;
  /** The heading's explicit id (`# Title {#id}`, pandoc's attributes: manuscript/nodes.ts). */
  id: string | undefined;
  tree: Root;
}

export function chapterSections(tree: Root): ChapterSection[] {
  const sections: ChapterSection[] = [];
  const definitions: Definition[] = [];
  const notes: FootnoteDefinition[] = [];
  let current: ChapterSection | undefined;
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'definition') {
      definitions.push(node);
      continue;
    }
    if (node.type === 'footnoteDefinition') {
      notes.push(node);
      continue;
    }
    if (node.type === 'heading' && node.depth === 1) {
      // A `[Heading text]` link to the heading now names the chapter (render/hast/book-to-hast.ts).
      const key = node.data?.referenceKey;
      current = { heading: node, title: toString(node).trim(), id: node.data?.attributes?.id, tree: { type: 'root', children: [], ...(key !== undefined ? { data: { referenceKey: key } } : {}) } };
      sections.push(current);
      continue;
    }
    if (!current) {
      if (isInvisible(node)) continue;
      current = { heading: undefined, title: undefined, id: undefined, tree: { type: 'root', children: [] } };
      sections.push(current);
    }
    current.tree.children.push(node);
  }
  if (sections.length === 0) sections.push({ heading: undefined, title: undefined, id: undefined, tree: { type: 'root', children: [] } });
  placeNotes(sections, notes);
  for (const section of sections) section.tree.children.push(...definitions);
  return sections;
}

/** An HTML comment or blank raw HTML shows nothing: it does not make a chapter of its own. */
function isInvisible(node: RootContent): boolean {
  return node.type === 'html' && /^\s*(<!--[\s\S]*?-->\s*)*$/.test(node.value);
}

/** Each note into the section that first refers to it (or the last section, when none does). */
function placeNotes(sections: ChapterSection[], notes: FootnoteDefinition[]): void {
  if (notes.length === 0) return;
  const firstUse = new Map<string, ChapterSection>();
  for (const section of sections) {
    visit(section.tree, 'footnoteReference', (reference) => {
      if (!firstUse.has(reference.identifier)) firstUse.set(reference.identifier, section);
    });
  }
  for (const note of notes) (firstUse.get(note.identifier) ?? sections[sections.length - 1]!).tree.children.push(note);
}
