/**
 * pandoc's `grid_tables` (https://pandoc.org/MANUAL.html#extension-grid_tables) through Adobe's
 * gridtables extension (@adobe/micromark-extension-gridtables, @adobe/mdast-util-gridtables), which
 * reads pandoc's syntax and more: `+---+` row lines, `+===+` under the header, `:` in a separator
 * line for alignment, cells spanning columns or rows, and any Markdown in a cell (paragraphs,
 * lists, code blocks), read with this processor's own extensions. The `gridTable` node it makes
 * is rendered by its hast handler (render/hast/pandoc-construct-handlers.ts), and takes a `Table:`
 * caption and a `{#tbl:…}` label as a pipe table does (../table-captions/).
 *
 * Positions inside a cell are the cell's own (the extension parses each cell on its own): a
 * message about something in a cell points at the table's line.
 */
import { gridTables } from '@adobe/micromark-extension-gridtables';
import { gridTablesFromMarkdown } from '@adobe/mdast-util-gridtables/src/from-markdown.js';
import type { Root } from 'mdast';
import './grid-table-node.ts';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';

export function remarkGridTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gridTables);
  (data.fromMarkdownExtensions ??= []).push(gridTablesFromMarkdown({ processor: this }));
  return (tree: Root) => {
    // The cells' own positions would point into a text of their own: they point at the table instead.
    visit(tree, 'gridTable', (table) => {
      visit(table, (node) => {
        if (node !== table && node.position) node.position = { start: { ...table.position!.start }, end: { ...table.position!.start } };
      });
    });
  };
}
