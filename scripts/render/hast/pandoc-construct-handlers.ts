/**
 * mdast → hast for the pandoc constructs of branch i16c, learned once here for every output (the
 * page, the EPUB and the deck all render through these):
 *   - `H~2~O` and `2^10^` as `<sub>` and `<sup>`;
 *   - a table's `Table:` caption (syntax/table-captions/) as its `<caption>` (moved into the table
 *     by mdast-to-hast.ts);
 *   - an image alone in its paragraph as a `<figure>` (implicit-figure.ts);
 *   - a line block (`| line`) as pandoc's `<div class="line-block">`, its lines broken by `<br>`;
 *   - a pandoc table without a header (syntax/simple-tables/) with its first row in `<tbody>`;
 *   - a grid table (syntax/grid-tables/) by its package's own handler.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast';
import type { Nodes, Paragraph, Table } from 'mdast';
import type { GridTable } from '../../syntax/grid-tables/grid-table-node.ts';
import gridTableHandler from '@adobe/mdast-util-gridtables/src/mdast2hast-handler.js';
import { visit } from 'unist-util-visit';
import type { TableCaption } from '../../syntax/table-captions/index.ts';
import type { LineBlock } from '../../syntax/line-blocks/index.ts';
import type { Subscript, Superscript } from '../../syntax/pandoc-scripts/index.ts';
import { implicitFigure } from './implicit-figure.ts';

export const pandocConstructHandlers = {
  subscript: (state: State, node: Subscript) => patched(state, node, h('sub', state.all(node))),
  superscript: (state: State, node: Superscript) => patched(state, node, h('sup', state.all(node))),
  paragraph: (state: State, node: Paragraph) => implicitFigure(state, node) ?? defaultHandlers.paragraph(state, node),
  lineBlock: (state: State, node: LineBlock) => patched(state, node, h('div', { className: ['line-block'] }, state.all(node))),
  table: (state: State, node: Table) => {
    const table = defaultHandlers.table(state, node);
    if (node.data?.headless) headless(table);
    return table;
  },
  gridTable: (state: State, node: GridTable) => {
    const table = gridTableHandler()(state, node as never, undefined) as Element;
    // Its cells' `valign` is HTML 4's (EPUB refuses it; `align` becomes a class in mdast-to-hast.ts).
    visit(table, 'element', (cell: Element) => void delete cell.properties['valign']);
    return state.applyData(node, table);
  },
  // Moved into the table before it by mdast-to-hast.ts.
  tableCaption: (state: State, node: TableCaption) => patched(state, node, h('caption', state.all(node))),
} satisfies Handlers;

function patched(state: State, node: Nodes, element: Element): Element {
  state.patch(node, element);
  return element;
}

/** A pandoc table without a header: its first row, which mdast-util-to-hast put in `<thead>`, is the body's first. */
function headless(table: Element): void {
  const head = table.children.findIndex((child) => child.type === 'element' && child.tagName === 'thead');
  if (head < 0) return;
  const [thead] = table.children.splice(head, 1) as Element[];
  const rows = thead!.children.filter((child): child is Element => child.type === 'element');
  for (const row of rows) for (const cell of row.children) if (cell.type === 'element' && cell.tagName === 'th') cell.tagName = 'td';
  const tbody = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'tbody');
  if (tbody) tbody.children.unshift(...rows, { type: 'text', value: '\n' });
  else table.children.splice(head, 0, { type: 'element', tagName: 'tbody', properties: {}, children: rows });
}
