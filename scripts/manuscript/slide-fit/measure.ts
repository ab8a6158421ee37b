/**
 * How tall a block of a slide's body is, in px at a fit level, estimated from the mdast at build
 * time (the deck never measures in the browser, so its bytes and its PDF do not depend on a
 * window). Text is wrapped word by word at the average advance of the widest body face; lists,
 * tables and code are counted item by item, row by row and line by line, because those are the
 * places where a long slide is split (paginate.ts).
 */
import type { List, ListItem, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { bodyWidth, slideGeometry as g, wrappedLines, type FitLevel } from './geometry.ts';

/** Height of one block, including the gap after it (px). `width` is the box it is set in. */
export function blockHeight(node: RootContent, level: FitLevel, width = bodyWidth): number {
  const size = g.body[level];
  const text = (value: string, w = width, s = size) => wrappedLines(value, w, s, g.charWidth) * s * g.lineHeight;
  switch (node.type) {
    case 'paragraph':
      return onlyImages(node) ? g.minImageHeight + g.blockGap : text(toString(node)) + g.blockGap;
    case 'heading':
      // A heading inside a slide is set at reveal.js's h3 size (36 px in deck.css) at every level.
      return wrappedLines(toString(node), width, 36, g.headingCharWidth) * 36 * 1.2 + g.blockGap;
    case 'list':
      return listHeight(node, level, width) + g.blockGap;
    case 'code':
      return codeHeight(node.value, level, width) + g.blockGap;
    case 'table':
      return tableHeight(node, node.children, level, width) + g.blockGap;
    case 'blockquote':
      return node.children.reduce((sum, child) => sum + blockHeight(child, level, width * 0.9), 0) + 10 + g.blockGap;
    case 'thematicBreak':
      return g.blockGap * 2;
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return 0;
    case 'div':
      // Side by side (pandoc's `columns`): as tall as the tallest column, each set at its share of the width.
      if (node.attributes.classes.includes('columns')) return Math.max(0, ...columnHeights(node.children, level, width)) + g.blockGap;
      return node.children.reduce((sum, child) => sum + blockHeight(child, level, width), 0);
    case 'leafDirective':
      // A figure has a slide of its own; `::glance` is a block of facts.
      return node.name === 'glance' ? 400 : 0;
    default: {
      const children = 'children' in node ? (node.children as RootContent[]) : [];
      if (children.length > 0 && children.every((child) => isBlock(child))) return children.reduce((sum, child) => sum + blockHeight(child, level, width), 0);
      const value = toString(node);
      return value.trim() === '' ? 0 : text(value) + g.blockGap;
    }
  }
}

function columnHeights(columns: readonly RootContent[], level: FitLevel, width: number): number[] {
  const shares = columns.map((column) => {
    const written = column.type === 'div' ? column.attributes.pairs.find(([key]) => key === 'width')?.[1] : undefined;
    const percent = written ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(written)?.[1] : undefined;
    return percent ? Number(percent) / 100 : undefined;
  });
  const free = Math.max(0, 1 - shares.reduce<number>((sum, share) => sum + (share ?? 0), 0));
  const unsized = shares.filter((share) => share === undefined).length;
  const gaps = g.columnGap * Math.max(0, columns.length - 1);
  return columns.map((column, index) => {
    const share = shares[index] ?? (unsized > 0 ? free / unsized : 0);
    const columnWidth = Math.max(1, (width - gaps) * (share || 1 / columns.length));
    const children = column.type === 'div' ? column.children : [column];
    return children.reduce((sum, child) => sum + blockHeight(child, level, columnWidth), 0);
  });
}

/** A list's items, each with the gap under it (px). */
export function itemHeights(list: List, level: FitLevel, width = bodyWidth): number[] {
  const size = g.body[level];
  const inner = width - g.listIndent * size;
  return list.children.map((item) => itemHeight(item, level, inner) + g.itemGap * size);
}

function listHeight(list: List, level: FitLevel, width: number): number {
  return itemHeights(list, level, width).reduce((a, b) => a + b, 0);
}

function itemHeight(item: ListItem, level: FitLevel, width: number): number {
  const size = g.body[level];
  return item.children.reduce((sum, child) => {
    if (child.type === 'paragraph') return sum + wrappedLines(toString(child), width, size, g.charWidth) * size * g.lineHeight;
    if (child.type === 'list') return sum + listHeight(child, level, width);
    return sum + blockHeight(child, level, width) - g.blockGap;
  }, 0);
}

/** Code lines wrapped at the box's width (deck.css wraps long lines rather than scroll them). */
export function codeLineHeights(value: string, level: FitLevel, width = bodyWidth): number[] {
  const size = g.code[level];
  const perLine = Math.max(1, Math.floor((width - 2 * 16) / (size * g.codeCharWidth)));
  return value.split('\n').map((line) => Math.max(1, Math.ceil(line.length / perLine)) * size * g.codeLineHeight);
}

function codeHeight(value: string, level: FitLevel, width: number): number {
  return codeLineHeights(value, level, width).reduce((a, b) => a + b, 0) + 2 * g.codePadding;
}

/** Table text is set at the body size less a tenth, never under the floor (deck.css). */
export function tableSize(level: FitLevel): number {
  return Math.max(g.body.compact, Math.round(g.body[level] * 0.9));
}

/** Each row's height: its tallest cell, each column an equal share of the width (px). */
export function rowHeights(table: Table, rows: readonly TableRow[], level: FitLevel, width = bodyWidth): number[] {
  const size = tableSize(level);
  const columns = Math.max(1, ...table.children.map((row) => row.children.length));
  const cellWidth = width / columns - g.cellPadding.x;
  return rows.map((row) => Math.max(1, ...row.children.map((cell) => wrappedLines(toString(cell), cellWidth, size, g.charWidth))) * size * g.lineHeight + g.cellPadding.y);
}

function tableHeight(table: Table, rows: readonly TableRow[], level: FitLevel, width: number): number {
  return rowHeights(table, rows, level, width).reduce((a, b) => a + b, 0);
}

/** A paragraph that holds only images (and white space): it shows as a picture fitted to the space left. */
export function onlyImages(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.some((child) => child.type === 'image') && node.children.every((child) => child.type === 'image' || (child.type === 'text' && child.value.trim() === ''));
}

function isBlock(node: RootContent): boolean {
  return ['paragraph', 'heading', 'list', 'code', 'table', 'blockquote', 'thematicBreak', 'html', 'leafDirective', 'div', 'math'].includes(node.type);
}
