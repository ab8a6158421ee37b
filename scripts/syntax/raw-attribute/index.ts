/**
 * pandoc's `raw_attribute` (https://pandoc.org/MANUAL.html#extension-raw_attribute): a fenced code
 * block or inline code marked `{=format}` is raw content for that output format. `{=html}` (and
 * `html4`, `html5`) becomes raw HTML, which goes through the checks and the sanitiser as any raw
 * HTML does. Any other format (`latex`, `tex`, `openxml`, `ms`…) has no place in an EPUB, a page or
 * a deck: pandoc drops it silently for HTML; Triptych drops it with a warning naming the format
 * (`raw-dropped`), so no word is lost unannounced. A paragraph that is nothing but TeX commands
 * (`\newpage`, `\clearpage`, `\vspace{1em}`) or one `\begin{env}…\end{env}` environment is pandoc's
 * `raw_tex` and is dropped the same way (raw-tex.ts).
 *
 * A transform of the parsed tree: the attribute constructs (../pandoc-attributes/) already read
 * `{=html}` as a code block's language and leave it as text after inline code.
 */
import type { Html, Nodes, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report.ts';
import { rawTex } from './raw-tex.ts';

const blockFormat = /^\{=([\w+-]+)\}$/;
const inlineFormat = /^\{=([\w+-]+)\}/;
const htmlFormats = new Set(['html', 'html4', 'html5']);

export function remarkRawAttribute() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'code') {
        const format = blockFormat.exec(node.lang ?? '')?.[1];
        return format === undefined ? undefined : replace(parent, index, node.value, format, node.position, file, 1);
      }
      if (node.type === 'paragraph') {
        const tex = rawTex(node, String(file.value));
        return tex === undefined ? undefined : replace(parent, index, '', `tex`, node.position, file, 1, tex);
      }
      const next = parent.children[index + 1];
      if (node.type !== 'inlineCode' || next?.type !== 'text') return undefined;
      const match = inlineFormat.exec(next.value);
      if (!match) return undefined;
      const rest = next.value.slice(match[0].length);
      const taken = rest === '' ? 2 : 1;
      if (rest !== '') (next as Text).value = rest;
      return replace(parent, index, node.value, match[1]!, node.position, file, taken);
    });
  };
}

/** Puts raw HTML in place of `count` nodes, or drops them with a warning; returns where to go on. */
function replace(parent: Parent, index: number, value: string, format: string, position: Html['position'], file: VFile, count: number, what?: string): number {
  if (htmlFormats.has(format.toLowerCase())) {
    const html: Html = { type: 'html', value, ...(position ? { position } : {}) };
    parent.children.splice(index, count, html as never);
    return index + 1;
  }
  const shown = what ?? `raw \`{=${format}}\` content`;
  report(
    file,
    `${shown[0]!.toUpperCase()}${shown.slice(1)} is for pandoc's ${format === 'tex' ? 'LaTeX' : `\`${format}\``} output and has no place in an EPUB, a page or a deck, so it is left out (pandoc leaves it out of HTML too); keep it for pandoc, or write the content in Markdown`,
    position,
    'raw-dropped',
    'warning',
  );
  parent.children.splice(index, count);
  return index;
}
