/**
 * The mdast half of implicit heading references (syntax.ts): a `linkReference` whose label no
 * `definition` in the file answers, but a heading's text does, becomes a `link` to that heading
 * (the first heading with that text, as in pandoc). Its target id is only known when the book's
 * headings get their ids (render/hast/book-to-hast.ts), so the link carries the heading's key in
 * `data.headingReference`, and the heading the same key in `data.referenceKey`. A reference that
 * neither answers stays a `linkReference`, rendered as the text it was.
 */
import type { Heading, Link, LinkReference, Parent, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { SKIP, visit } from 'unist-util-visit';
import { headingKey } from './heading-key.ts';

export function resolveImplicitReferences(tree: Root, source: string): void {
  const defined = new Set<string>();
  const headings = new Map<string, Heading>();
  visit(tree, (node) => {
    if (node.type === 'definition') defined.add(normalizeIdentifier(node.identifier));
    else if (node.type === 'heading') {
      const key = keyOf(node, source);
      if (key !== undefined && !headings.has(key)) headings.set(key, node);
      return SKIP;
    }
    return undefined;
  });
  if (headings.size === 0) return;
  visit(tree, 'linkReference', (node: LinkReference, index, parent: Parent | undefined) => {
    const key = normalizeIdentifier(node.identifier);
    const heading = headings.get(key);
    if (defined.has(key) || !heading || !parent || index === undefined) return undefined;
    heading.data = { ...heading.data, referenceKey: key };
    const link: Link = { type: 'link', url: '', title: null, children: node.children, data: { ...node.data, headingReference: key }, ...(node.position ? { position: node.position } : {}) };
    parent.children.splice(index, 1, link as never);
    return undefined;
  });
}

/** The heading's text as written (its children's source), keyed as a link label is. */
function keyOf(heading: Heading, source: string): string | undefined {
  const first = heading.children[0]?.position?.start.offset;
  const last = heading.children[heading.children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return undefined;
  const key = headingKey(source.slice(first, last));
  return key === '' ? undefined : key;
}

declare module 'mdast' {
  interface Data {
    /** On a link made from `[Heading text]`: the key of the heading it points to. */
    headingReference?: string;
    /** On a heading that such a link points to: its key. */
    referenceKey?: string;
  }
}
