/**
 * Makes each inline note an ordinary GFM footnote: a `footnoteReference` where it was written and
 * a `footnoteDefinition` (its inlines as one paragraph) at the end of the tree, so that everything
 * downstream — numbering in reading order among `[^1]` notes, a one-file book's chapters taking the
 * notes they call, citations in notes, each output's notes — treats both kinds alike, as pandoc's
 * `Note` does. Identifiers are `inline-note-N`, stepping around any the author wrote.
 */
import type { FootnoteDefinition, FootnoteReference, Parent, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { SKIP, visit } from 'unist-util-visit';

export function inlineNotesToFootnotes(tree: Root): void {
  const taken = new Set<string>();
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference') taken.add(normalizeIdentifier(node.identifier).toLowerCase());
    if (node.type === 'inlineNote') found = true;
  });
  if (!found) return;
  const definitions: FootnoteDefinition[] = [];
  let counter = 0;
  const nextIdentifier = (): string => {
    let identifier: string;
    do identifier = `inline-note-${++counter}`;
    while (taken.has(identifier));
    return identifier;
  };
  visit(tree, 'inlineNote', (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    const identifier = nextIdentifier();
    const position = node.position ? { position: node.position } : {};
    const reference: FootnoteReference = { type: 'footnoteReference', identifier, label: identifier, ...position };
    parent.children.splice(index, 1, reference as never);
    definitions.push({ type: 'footnoteDefinition', identifier, label: identifier, children: [{ type: 'paragraph', children: node.children, ...position }], ...position });
    // A note inside a note is read once its definition is visited; pandoc allows it, GFM does not.
    return SKIP;
  });
  tree.children.push(...definitions);
}
