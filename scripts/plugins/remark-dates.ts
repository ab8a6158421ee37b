/**
 * Dates in the prose become `dateMention` nodes, each with the position of its text, so that the
 * dates check can match them to `events` and point at the author's line. Two sources:
 *   - `:date[9 February 1716]{event=yamyshev-siege}`: an explicit mention tied to one event; the
 *     attribute `flashback` (`{event=x flashback}`) marks a deliberate look back (`date-order`);
 *   - dates written in running text, found by `findDates` (full dates, month and year, bare years;
 *     not counts, measures, identifiers, page numbers, citations — see scripts/dates/find-dates.ts).
 * Dates are read in the book's language (`file.data.lang`, set by the loader), or in the `lang` of
 * a bracketed span or fenced div around them (`[le 13 novembre 1737]{lang=fr}`).
 * Code, raw HTML and link URLs are never read: an autolink's text is its URL. Nor is a table column
 * of plain numbers (`| 1024 |`, `| 2048 |`): it holds data, unless its heading names a year or a
 * date ("Year", "Jahr", "Date", "Год"). Runs after the citations plugin, so citation locators are
 * already out of the text.
 */
import type { Nodes, PhrasingContent, Root, Table, TableCell, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { Position } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findDates, readDateLabel } from '../dates/find-dates.ts';
import { isDateHeading } from '../dates/date-headings.ts';
import type { Attributes, DateMention } from '../manuscript/nodes.ts';
import { textLocator, type Locator } from '../manuscript/text-position.ts';

declare module 'vfile' {
  interface DataMap {
    /** The book's language (BCP 47), for what the parse reads in words: dates. */
    lang: string;
  }
}

export const remarkDates: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const locate = textLocator(file);
  const langs = spanLanguages(tree, file.data.lang ?? 'en');
  const dataColumns = new WeakSet<TableCell>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' && node.url.includes(toString(node))) return SKIP;
    if (node.type === 'table') markDataColumns(node, langs.of(node), dataColumns);
    if (node.type === 'tableCell' && dataColumns.has(node)) return SKIP;
    if (!parent || index === undefined) return undefined;
    if (node.type === 'textDirective' && node.name === 'date') {
      const mention = fromDirective(node, langs.of(node));
      if (mention) parent.children.splice(index, 1, mention);
      return [SKIP, index + 1];
    }
    if (node.type !== 'text') return undefined;
    const parts = splitText(node, locate, langs.of(node));
    if (!parts) return undefined;
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
};

/**
 * The language each node is written in: the `lang` of the innermost span or div around it
 * (pandoc's `{lang=fr}`, at `data.attributes`), else the book's. Most books have no such span,
 * and then this is one walk that finds none.
 */
function spanLanguages(tree: Root, bookLang: string): { of(node: Nodes): string } {
  const langs = new WeakMap<Nodes, string>();
  visit(tree, (node: Nodes) => {
    // The contract (manuscript/nodes.ts) keeps them at `data.attributes`; a div or span also carries them as `attributes`.
    const attributes: Attributes | undefined = node.data?.attributes ?? (node.type === 'div' || node.type === 'span' ? node.attributes : undefined);
    const lang = Array.isArray(attributes?.pairs) ? attributes.pairs.find(([key]) => key === 'lang')?.[1] : undefined;
    // Pre-order: an inner span's language is set after, and so over, an outer one's.
    if (lang) visit(node, (inner: Nodes) => void langs.set(inner, lang));
  });
  return { of: (node) => langs.get(node) ?? bookLang };
}

/** Marks the body cells of every column whose cells are all plain numbers and whose heading names no year. */
function markDataColumns(table: Table, lang: string, marked: WeakSet<TableCell>): void {
  const [head, ...body] = table.children;
  if (!head || body.length === 0) return;
  head.children.forEach((heading, column) => {
    const cells = body.map((row) => row.children[column]).filter((cell) => cell !== undefined);
    const plain = cells.every((cell) => /^[\d\s,.\u00a0\u202f]*$/.test(toString(cell))) && cells.some((cell) => /\d/.test(toString(cell)));
    if (plain && !isDateHeading(toString(heading), lang)) for (const cell of cells) marked.add(cell);
  });
}

/** The mention a `:date[…]` directive stands for; `undefined` (the directive stays, for `date-invalid`) if its label is no date. */
function fromDirective(node: TextDirective, lang: string): DateMention | undefined {
  const label = toString(node);
  const read = readDateLabel(label, lang);
  if (!read) return undefined;
  const attributes = node.attributes ?? {};
  return {
    type: 'dateMention',
    ...read,
    value: label,
    ...(attributes['event'] ? { event: attributes['event'] } : {}),
    ...(attributes['flashback'] !== undefined ? { flashback: true } : {}),
    ...positioned(node.position),
  };
}

/** The text split around the dates it contains, or `undefined` when it has none. */
function splitText(node: Text, locate: Locator, lang: string): PhrasingContent[] | undefined {
  const found = findDates(node.value, lang);
  if (found.length === 0) return undefined;
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const { start, end, ...fields } of found) {
    if (start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, start) });
    parts.push({ type: 'dateMention', ...fields, ...positioned(locate(node, start, end)) });
    cursor = end;
  }
  if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
  return parts;
}

const positioned = (position: Position | undefined) => (position ? { position } : {});
