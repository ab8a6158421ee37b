/**
 * Pandoc's Markdown constructs that Triptych reads beside CommonMark and GFM, each a micromark
 * extension with its mdast side in a folder of its own under scripts/syntax/:
 *   pandoc-attributes/  `{#id .class key=value}` after headings, code, links, images; code fence info
 *   pandoc-divs/        `::: {.class}` … `:::` fenced divs → `div`
 *   pandoc-spans/       `[text]{.class}` bracketed spans → `span`
 *   pandoc-headings/    `[Heading text]` implicit heading references (identifiers are the renderer's)
 * After the parse it warns of divs left open, and records the ids the author wrote
 * (`file.data.explicitIds`) so the book's automatic heading ids step around them.
 */
import type { Root } from 'mdast';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import type { Attributes } from '../manuscript/nodes.ts';
import { attributesFromMarkdown } from '../syntax/pandoc-attributes/from-markdown.ts';
import { inlineAttributes } from '../syntax/pandoc-attributes/syntax.ts';
import { divsFromMarkdown, unclosedDivs } from '../syntax/pandoc-divs/from-markdown.ts';
import { fencedDiv } from '../syntax/pandoc-divs/syntax.ts';
import { resolveImplicitReferences } from '../syntax/pandoc-headings/implicit-references.ts';
import { headingReferences } from '../syntax/pandoc-headings/syntax.ts';
import { spansFromMarkdown } from '../syntax/pandoc-spans/from-markdown.ts';
import { spanEnd } from '../syntax/pandoc-spans/syntax.ts';

const syntax: MicromarkExtension[] = [{ document: { 58: fencedDiv }, text: { 93: spanEnd, 123: inlineAttributes } }, headingReferences()];
const fromMarkdown: FromMarkdownExtension[] = [attributesFromMarkdown(), divsFromMarkdown(), spansFromMarkdown()];

export function remarkPandocSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...syntax);
  (data.fromMarkdownExtensions ??= []).push(...fromMarkdown);
  return (tree: Root, file: VFile) => {
    resolveImplicitReferences(tree, String(file.value));
    const ids: string[] = [];
    visit(tree, (node) => {
      const attributes: Attributes | undefined = node.type === 'div' || node.type === 'span' ? node.attributes : node.data?.attributes;
      if (attributes?.id) ids.push(attributes.id);
      if (node.type === 'div' && unclosedDivs.has(node)) {
        unclosedDivs.delete(node);
        report(file, 'This fenced div is never closed, so it runs to the end of what holds it (the file, a list item, a block quote), as in pandoc; if the text after it belongs outside the div, close the div with a line of three colons, `:::`', node.attributes.position ?? node.position, 'div-unclosed', 'warning');
      }
    });
    file.data.explicitIds = ids;
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Ids written in the file's attribute blocks (`{#id}`), in order. */
    explicitIds: string[];
  }
}
