/**
 * The manuscript's hast as the HTML parser would give it back (hast-util-raw), without the parse
 * when it cannot change anything but the form of the properties.
 *
 * hast-util-raw serialises every element to parse5 tokens and parses them again: ~37 ms a book
 * (warm, flagship; half of `render:hast`), although most chapters hold no raw HTML at all. For
 * a tree with no `raw` node, made of the elements mdast-util-to-hast writes, nested as it nests
 * them (no block inside a paragraph, heading or `pre`), the round trip changes three things only, and `likeRaw` does exactly those:
 *   1. properties go through attribute strings and back (hast-util-to-parse5's `createProperty`,
 *      then hastscript's `h`, as hast-util-from-parse5 does), so `dataFootnotes: true` becomes
 *      `dataFootnotes: ''` (written `data-footnotes=""`) and `start: 3` stays a number;
 *   2. adjacent text nodes become one (parse5 appends to the last text node); empty ones vanish;
 *   3. positions come from parse5 (not part of any output).
 * Anything else (raw HTML, a link inside a link or a block inside a paragraph, which the parser splits, an element
 * mdast-util-to-hast never writes, a NUL character) takes the real parse.
 * tests/render-reparse.test.ts holds both paths to the same trees.
 */
import type { Element, ElementContent, Nodes, Properties, Root } from 'hast';
import { raw, type Options } from 'hast-util-raw';
import { h } from 'hastscript';
import { find, html } from 'property-information';

/** The elements mdast-util-to-hast (and our directive handler's `div`) write from Markdown. */
const markdownElements = new Set([
  'a', 'blockquote', 'br', 'code', 'del', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'input', 'li', 'ol', 'p', 'pre',
  'section', 'span', 'strong', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** `raw(tree, options)`, or its equivalent without the parse when the tree allows (see above). */
export function reparse(tree: Root, options: Options): Root {
  return needsHtmlParse(tree, options.passThrough ?? []) ? (raw(tree, options) as Root) : likeRaw(tree, options.passThrough ?? []);
}

/** True when only the real parse gives the right tree (raw HTML, a link in a link, …). */
export function needsHtmlParse(tree: Root, passThrough: readonly string[] = []): boolean {
  return needsParse(tree, passThrough, false);
}

/** Elements whose content is phrasing only: a block element inside one makes the parser close it. */
const phrasingParents = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const phrasing = new Set(['a', 'br', 'code', 'del', 'em', 'img', 'input', 'span', 'strong', 'sup']);

function needsParse(node: Nodes, passThrough: readonly string[], inLink: boolean, inPhrasing = false): boolean {
  if (node.type === 'text') return node.value.includes('\0');
  if (node.type === 'element') {
    if (!markdownElements.has(node.tagName) || (inLink && node.tagName === 'a') || (inPhrasing && !phrasing.has(node.tagName))) return true;
    inLink ||= node.tagName === 'a';
    inPhrasing ||= phrasingParents.has(node.tagName);
  } else if (node.type !== 'root') return !passThrough.includes(node.type);
  if (!('children' in node)) return false;
  for (const child of node.children) if (needsParse(child, passThrough, inLink, inPhrasing)) return true;
  return false;
}

/** The tree as raw() returns it (see the header); passed-through nodes are kept as they are. */
function likeRaw(tree: Root, passThrough: readonly string[]): Root {
  return { type: 'root', children: children(tree.children, passThrough) as Root['children'] };
}

function children(nodes: readonly Nodes[], passThrough: readonly string[]): ElementContent[] {
  const result: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value === '') continue;
      const last = result[result.length - 1];
      if (last?.type === 'text') last.value += node.value;
      else result.push({ type: 'text', value: node.value });
    } else if (node.type === 'element') {
      const element: Element = { type: 'element', tagName: node.tagName, properties: reparsedProperties(node), children: children(node.children, passThrough) };
      result.push(element);
    } else if (passThrough.includes(node.type)) result.push(node as ElementContent);
  }
  return result;
}

/** hast-util-to-parse5's `createProperty` (html space), then hastscript's `h`, as the parser does. */
function reparsedProperties(node: Element): Properties {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.properties)) {
    const info = find(html, name);
    if (value === false || value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) || (!value && info.boolean)) continue;
    attributes[info.attribute] = Array.isArray(value) ? (info.commaSeparated ? commas(value) : value.join(' ').trim()) : value === true ? '' : String(value);
  }
  return h(node.tagName, attributes).properties;
}

/** comma-separated-tokens' `stringify` with its defaults. */
function commas(values: ReadonlyArray<string | number>): string {
  const input = values[values.length - 1] === '' ? [...values, ''] : values;
  return input.join(', ').trim();
}
