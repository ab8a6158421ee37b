/**
 * pandoc's `line_blocks` (https://pandoc.org/MANUAL.html#extension-line_blocks): a paragraph whose
 * lines each begin with `|` and a space (or are a lone `|`) keeps its line breaks and each line's
 * leading spaces, for verse and addresses; its text is Markdown as usual. A line that begins with a
 * space instead continues the line before it. The paragraph becomes a `lineBlock` node: its lines
 * as inlines separated by `break`s, the leading spaces as non-breaking spaces (so they survive
 * HTML's white-space rules, as in pandoc's `<div class="line-block">`).
 *
 * A transform of the parsed tree, not a micromark extension: CommonMark already reads such lines as
 * one paragraph with the bars as text (a GFM table needs a delimiter row), so what is left is to
 * take the bars off and turn the line ends into breaks. The source decides which lines begin with
 * a bar: an escaped `\|` or a bar from an entity does not make a line block.
 */
import type { Data, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

export interface LineBlock extends Parent {
  type: 'lineBlock';
  children: PhrasingContent[];
  data?: Data;
}

declare module 'mdast' {
  interface BlockContentMap {
    lineBlock: LineBlock;
  }
  interface RootContentMap {
    lineBlock: LineBlock;
  }
}

/** The bar that opens a line, and the spaces after its one separating space. */
const lineStart = /^\|(?: ([ \t]*)|$)/;

export function remarkLineBlocks() {
  return (tree: Root, file: { value: unknown }) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !opensLineBlock(node, source)) return undefined;
      const block: LineBlock = { type: 'lineBlock', children: lines(node.children), ...(node.position ? { position: node.position } : {}) };
      parent.children[index] = block as never;
      return undefined;
    });
  };
}

function opensLineBlock(paragraph: Paragraph, source: string): boolean {
  const first = paragraph.children[0];
  const start = first?.position?.start.offset;
  return first?.type === 'text' && start !== undefined && source[start] === '|' && lineStart.test(first.value);
}

/** The paragraph's inlines with each line's `| ` taken off, its line ends made breaks and its leading spaces kept. */
function lines(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let atLineStart = true;
  for (const child of children) {
    if (child.type !== 'text') {
      out.push(child);
      atLineStart = child.type === 'break';
      continue;
    }
    const parts = child.value.split('\n');
    parts.forEach((part, n) => {
      let text = part;
      if (n > 0 || atLineStart) {
        const bar = lineStart.exec(text);
        if (bar) {
          if (n > 0 || (out.length > 0 && out[out.length - 1]!.type !== 'break')) out.push({ type: 'break' });
          text = '\u00a0'.repeat((bar[1] ?? '').replace(/\t/g, '    ').length) + text.slice(bar[0].length);
        } else if (n > 0) {
          // A continuation line: it joins the line before with a space.
          text = ` ${text}`;
        }
      }
      if (text !== '') out.push({ type: 'text', value: text } satisfies Text);
    });
    atLineStart = false;
  }
  return out;
}
