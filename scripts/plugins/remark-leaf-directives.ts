/**
 * remark-directive's leaf (`::timeline`, `::map{chapter=id}`, `::glance`) and text (`:date[…]{…}`)
 * directives, without its container directives: `:::` lines are pandoc's fenced divs
 * (scripts/syntax/pandoc-divs/), read by `remark-pandoc-syntax.ts`. micromark-extension-directive
 * exports its three constructs only together, so the container (its one `concrete` construct) is
 * taken out of the flow list.
 */
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Construct } from 'micromark-util-types';
import type { Processor } from 'unified';

function leafAndTextDirectives() {
  const extension = directive();
  const flow = extension.flow?.[58] as unknown as Construct[];
  const leaf = flow.filter((construct) => !construct.concrete);
  if (leaf.length !== 1) throw new Error('`leafAndTextDirectives`: micromark-extension-directive no longer has one container and one leaf construct');
  return { ...extension, flow: { 58: leaf } };
}

export function remarkLeafDirectives(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(leafAndTextDirectives());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  return undefined;
}
