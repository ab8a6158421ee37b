/**
 * pandoc's simple and multiline tables (find-tables.ts) as GFM `table` nodes, so that everything a
 * pipe table gets (a `Table:` caption and its `{#tbl:…}` number, alignment classes, every output)
 * they get too. Headerless tables (pandoc allows them) are marked `data.headless`: their first
 * row is a row, not a header (render/hast/pandoc-construct-handlers.ts).
 *
 * A transform of the parsed tree, found from the source lines: CommonMark has already read such a
 * table as paragraphs, rules and code blocks, which are replaced by the table. Each cell's text
 * is read as inline Markdown with the processor's own extensions, its positions moved to where
 * the cell is written. Only tables at the left margin of the file or of a fenced div are read; one
 * in a list or a block quote keeps its `syntax-unsupported` warning (../unsupported/).
 * Hand-written: no micromark extension reads these tables (@adobe/micromark-extension-gridtables
 * reads grid tables only).
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findTables, type FoundTable } from './find-tables.ts';

declare module 'mdast' {
  interface TableData {
    /** A pandoc table written without a header: its first row is a body row. */
    headless?: boolean;
  }
}

export function remarkSimpleTables(this: Processor) {
  const data = this.data();
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    if (!/-- +--/.test(source)) return;
    const lines = source.split('\n');
    const tables = findTables(lines.map((line) => line.replace(/\r$/, '')));
    if (tables.length === 0) return;
    const offsets: number[] = [];
    lines.reduce((offset, line, index) => ((offsets[index] = offset), offset + line.length + 1), 0);
    const parse = (text: string) => fromMarkdown(text, { extensions: (data.micromarkExtensions ?? []) as MicromarkExtension[], mdastExtensions: (data.fromMarkdownExtensions ?? []).flat() as FromMarkdownExtension[] });
    visit(tree, (node: Nodes) => {
      if (node.type !== 'root' && node.type !== 'div') return;
      for (const table of tables) replace(node, table, build(table, lines, offsets, parse));
    });
  };
}

/** Puts the table in place of the nodes its lines were read as, if they are all children of `parent`, at the margin. */
function replace(parent: Parent, found: FoundTable, table: Table): void {
  const first = found.first + 1;
  const last = found.last + 1;
  const inside = (node: RootContent) => node.position !== undefined && node.position.start.line >= first && node.position.end.line <= last;
  const from = parent.children.findIndex((node) => inside(node));
  if (from < 0) return;
  let to = from;
  while (to < parent.children.length && inside(parent.children[to]!)) to++;
  // Something of the table's lines outside these nodes (a paragraph running on): not a table here.
  const before = parent.children[from - 1]?.position?.end.line ?? 0;
  const after = parent.children[to]?.position?.start.line ?? Infinity;
  if (before >= first || after <= last) return;
  parent.children.splice(from, to - from, table as never);
}

function build(found: FoundTable, lines: readonly string[], offsets: readonly number[], parse: (text: string) => Root): Table {
  const row = (rowLines: readonly number[]): TableRow => ({
    type: 'tableRow',
    // The first column also takes anything left of its dashes (a right-aligned number may stick out).
    children: found.starts.map((start, column) => cell(rowLines, column === 0 ? 0 : start, found.starts[column + 1], lines, offsets, parse)),
  });
  const rows = [...(found.header ? [row(found.header)] : []), ...found.rows.map(row)];
  const startLine = found.first + 1;
  const endLine = found.last + 1;
  return {
    type: 'table',
    align: found.align,
    children: rows,
    ...(found.header ? {} : { data: { headless: true } }),
    position: { start: { line: startLine, column: 1, offset: offsets[found.first]! }, end: { line: endLine, column: lines[found.last]!.length + 1, offset: offsets[found.last]! + lines[found.last]!.length } },
  };
}

/** One cell: its slice of each of the row's lines, joined by spaces, read as inline Markdown, positioned where its first line is. */
function cell(rowLines: readonly number[], start: number, end: number | undefined, lines: readonly string[], offsets: readonly number[], parse: (text: string) => Root): TableCell {
  const parts = rowLines.map((n) => ({ n, text: lines[n]!.slice(start, end).replace(/\r$/, '') }));
  const text = parts.map((part) => part.text.trim()).filter(Boolean).join(' ');
  const firstPart = parts.find((part) => part.text.trim() !== '');
  const children: PhrasingContent[] = [];
  if (firstPart) {
    const lead = firstPart.text.search(/\S/);
    const line = firstPart.n + 1;
    const column = start + lead + 1;
    const offset = offsets[firstPart.n]! + column - 1;
    const paragraph = parse(text).children[0];
    if (paragraph && 'children' in paragraph) {
      children.push(...(paragraph.children as PhrasingContent[]));
      // Positions from the cell's own text, moved to where it is written (exact on the cell's first line).
      visit({ type: 'root', children } as Root, (node: Nodes) => {
        if (!node.position) return;
        for (const point of [node.position.start, node.position.end]) {
          if (point.line === 1) point.column += column - 1;
          point.line += line - 1;
          if (point.offset !== undefined) point.offset += offset;
        }
      });
    }
  }
  return { type: 'tableCell', children };
}
