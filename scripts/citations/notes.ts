/**
 * With a note style (CSL `class="note"`, e.g. Chicago full note), every citation in the running
 * text becomes a footnote of the book: the citation is replaced by a GFM `footnoteReference` and
 * its text moves into a `footnoteDefinition`, so the book's ordinary footnote machinery (numbering,
 * back-links, the EPUB's `epub:type="footnote"`) places it. As in pandoc, the note mark goes after
 * the punctuation that follows the citation (`the Khakas [@a].` → `the Khakas.¹`), and a narrative
 * citation (`@a says`) keeps the author's name in the sentence, with the note after it.
 * Citations inside the author's own footnotes stay where they are (a note within a note makes no
 * sense), and so do those in slide blocks, which are the deck's.
 *
 * Runs on the renderer's clone of a chapter's tree, never on the manuscript's own.
 */
import type { FootnoteDefinition, FootnoteReference, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { Citation } from '../manuscript/nodes.ts';
import { visit } from 'unist-util-visit';
import { isDeckBlock } from '../manuscript/slide-blocks.ts';

/** How a citation node is rendered after `placeNotes`: the note's text, or the author's name in the sentence. */
export type CitationRole = 'note' | 'author';

export function citationRole(node: Citation): CitationRole | undefined {
  return (node.data as { citationRole?: CitationRole } | undefined)?.citationRole;
}

export function placeNotes(tree: Root): void {
  const definitions: FootnoteDefinition[] = [];
  // The author's own footnote labels are kept; a generated one never takes them.
  const taken = new Set<string>();
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    taken.add(node.identifier);
  });
  let count = 0;
  const nextIdentifier = () => {
    let identifier: string;
    do identifier = `citation-${++count}`;
    while (taken.has(identifier));
    return identifier;
  };
  const walk = (parent: Parent) => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index] as Nodes;
      if (child.type === 'footnoteDefinition' || isDeckBlock(child)) continue;
      if (child.type !== 'citation') {
        if ('children' in child) walk(child);
        continue;
      }
      const identifier = nextIdentifier();
      const reference: FootnoteReference = { type: 'footnoteReference', identifier, label: identifier };
      const note = withRole(child, 'note');
      definitions.push({ type: 'footnoteDefinition', identifier, label: identifier, children: [{ type: 'paragraph', children: [note] }] });
      const replacement: PhrasingContent[] = child.mode === 'narrative'
        ? [withRole(child, 'author'), reference]
        : [...movePunctuation(parent, index), reference];
      parent.children.splice(index, 1, ...(replacement as Parent['children']));
      index += replacement.length - 1;
    }
  };
  walk(tree);
  tree.children.push(...definitions);
}

function withRole(node: Citation, citationRole: CitationRole): Citation {
  return { ...node, data: { ...node.data, citationRole } as NonNullable<Citation['data']> };
}

/**
 * `text [@a]. More` → `text.` + mark + ` More`: drops the space before the citation and takes
 * the punctuation after it, returning that punctuation as a text node to put before the mark.
 */
function movePunctuation(parent: Parent, index: number): PhrasingContent[] {
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  if (before?.type === 'text') before.value = before.value.replace(/[ \t]+$/, '');
  if (after?.type !== 'text') return [];
  const punctuation = /^[.,;:!?]+/.exec(after.value)?.[0];
  if (!punctuation) return [];
  after.value = after.value.slice(punctuation.length);
  return [{ type: 'text', value: punctuation }];
}
