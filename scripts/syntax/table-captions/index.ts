/**
 * pandoc's `table_captions` (https://pandoc.org/MANUAL.html#extension-table_captions): a paragraph
 * that begins with `Table:`, `table:` or just `:`, right before or right after a table, is that
 * table's caption, the prefix stripped. An attribute block at its end (`{#tbl:data}`, pandoc 3's
 * table attributes and pandoc-crossref's label) goes to the table, so `@tbl:data` numbers it
 * (crossref/targets.ts reads `data.attributes` on any node).
 *
 * The caption paragraph becomes a `tableCaption` node, right after its table, so every walk over
 * the tree (citations, dates, cross-references in the caption) sees it, and code that reads a
 * table's rows (its first is the header) is not surprised; render/hast/mdast-to-hast.ts moves its
 * `<caption>` into the `<table>`. A transform of the
 * parsed tree, not a micromark extension: the caption is an ordinary paragraph to the parser, and
 * only its neighbour makes it a caption.
 */
import type { Data, Paragraph, Parent, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import type { GridTable } from '../grid-tables/grid-table-node.ts';
import { visit } from 'unist-util-visit';
import { readAttributes } from '../pandoc-attributes/read-attributes.ts';
import type { Attributes } from '../../manuscript/nodes.ts';

export interface TableCaption extends Parent {
  type: 'tableCaption';
  children: PhrasingContent[];
  data?: Data;
}

declare module 'mdast' {
  interface BlockContentMap {
    tableCaption: TableCaption;
  }
  interface RootContentMap {
    tableCaption: TableCaption;
  }
}

const prefix = /^(?:[Tt]able)?:[ \t]*/;

export function remarkTableCaptions() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node) || !node.children.some(isTable)) return;
      const children = node.children as RootContent[];
      for (let index = 0; index < children.length; index++) {
        const table = children[index];
        if (!isTable(table) || children[index + 1]?.type === 'tableCaption') continue;
        // Before the table first, as pandoc looks.
        for (const at of [index - 1, index + 1]) {
          const paragraph = children[at];
          if (paragraph?.type !== 'paragraph' || !isCaption(paragraph)) continue;
          const caption = toCaption(paragraph, table);
          if (at < index) {
            children.splice(at, 2, table, caption);
          } else {
            children[at] = caption;
          }
          break;
        }
      }
    });
  };
}

/** A pipe, simple or multiline table (GFM's node), or a grid table. */
function isTable(node: RootContent | undefined): node is Table | GridTable {
  return node?.type === 'table' || node?.type === 'gridTable';
}

function isCaption(paragraph: Paragraph): boolean {
  const first = paragraph.children[0];
  return first?.type === 'text' && prefix.test(first.value);
}

function toCaption(paragraph: Paragraph, table: Table | GridTable): TableCaption {
  const children = [...paragraph.children];
  const first = children[0] as Text;
  const stripped = first.value.replace(prefix, '');
  if (stripped === '') children.shift();
  else children[0] = { ...first, value: stripped };
  const attributes = trailingAttributes(children);
  if (attributes) table.data = { ...table.data, attributes };
  return { type: 'tableCaption', children, ...(paragraph.position ? { position: paragraph.position } : {}) };
}

/** Takes a `{…}` attribute block off the end of the caption's last text, if it ends with one. */
function trailingAttributes(children: PhrasingContent[]): Attributes | undefined {
  const last = children[children.length - 1];
  if (last?.type !== 'text' || !last.value.trimEnd().endsWith('}')) return undefined;
  const text = last.value.trimEnd();
  for (let start = text.lastIndexOf('{'); start >= 0; start = text.lastIndexOf('{', start - 1)) {
    const attributes = readAttributes(text.slice(start));
    if (!attributes) continue;
    const before = text.slice(0, start).trimEnd();
    if (before === '') children.pop();
    else children[children.length - 1] = { ...last, value: before };
    return attributes;
  }
  return undefined;
}
