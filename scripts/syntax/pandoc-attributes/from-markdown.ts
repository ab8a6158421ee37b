/**
 * mdast side of pandoc's attributes: the block read by `readAttributes` is kept raw at
 * `node.data.attributes` (the contract in scripts/manuscript/nodes.ts) on the inline code, link or
 * image it follows, or on the heading it ends; the heading's text loses it, with the spaces and any
 * closing `#`s before it (`## Heading ## {#id}`). A trailing block that ends no heading (the end
 * of a paragraph, a table cell) is put back as the text it was. A fenced code block's info string
 * is read as pandoc reads it (`fenced_code_attributes`): ```` ```{.python .numberLines} ```` or
 * ```` ```python {#id} ```` gives `lang` the first class and keeps the block at `data.attributes`.
 */
import type { Code, Heading, Nodes, Parent, Root, Text } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { Attributes } from '../../manuscript/nodes.ts';
import { readAttributes } from './read-attributes.ts';

export function attributesFromMarkdown(): Extension {
  return {
    exit: { pandocAttributes: exitAttributes, pandocTrailingAttributes: exitTrailingAttributes },
    transforms: [codeInfoAttributes],
  };
}

/** The attributes a token holds, positioned. */
export function tokenAttributes(context: CompileContext, token: Token): Attributes {
  const attributes = readAttributes(context.sliceSerialize(token));
  // The construct accepted this very text (syntax.ts): anything else is a bug here.
  if (!attributes) throw new Error(`\`tokenAttributes\`: \`${context.sliceSerialize(token)}\` is not an attribute block`);
  return { ...attributes, position: positionOf(token) };
}

/** What a block written right after belongs to: micromark's `link` and `image` are these once built. */
const attachable = new Set(['inlineCode', 'link', 'image', 'linkReference', 'imageReference']);

function exitAttributes(this: CompileContext, token: Token): undefined {
  const parent = this.stack[this.stack.length - 1] as Parent;
  const previous = parent.children[parent.children.length - 1];
  if (previous && attachable.has(previous.type)) {
    previous.data = { ...previous.data, attributes: tokenAttributes(this, token) };
  } else putBackAsText(this, parent, token);
}

function exitTrailingAttributes(this: CompileContext, token: Token): undefined {
  const parent = this.stack[this.stack.length - 1] as Nodes;
  if (parent.type !== 'heading') {
    putBackAsText(this, parent as Parent, token);
    return;
  }
  parent.data = { ...parent.data, attributes: tokenAttributes(this, token) };
  trimHeadingEnd(parent);
}

/** Drops the spaces and a closing `#` sequence left at the end of the heading's text. */
function trimHeadingEnd(heading: Heading): void {
  const last = heading.children[heading.children.length - 1];
  if (last?.type !== 'text') return;
  const kept = last.value.replace(/(?:[ \t]+#+)?[ \t]*$/, '').replace(/^#+[ \t]*$/, '');
  const removed = last.value.length - kept.length;
  if (removed === 0) return;
  if (kept === '') {
    heading.children.pop();
    return;
  }
  last.value = kept;
  const end = last.position?.end;
  if (end && end.offset !== undefined) last.position!.end = { line: end.line, column: end.column - removed, offset: end.offset - removed };
}

/** A block that belongs to nothing is the text it was (merged into the text before it). */
function putBackAsText(context: CompileContext, parent: Parent, token: Token): void {
  const value = context.sliceSerialize(token);
  const previous = parent.children[parent.children.length - 1];
  if (previous?.type === 'text' && previous.position?.end.offset === token.start.offset) {
    previous.value += value;
    previous.position.end = point(token.end);
    return;
  }
  const text: Text = { type: 'text', value, position: positionOf(token) };
  parent.children.push(text as never);
}

/** pandoc's code block info: an optional language word, then an optional attribute block, nothing else. */
function codeInfoAttributes(tree: Root): undefined {
  visit(tree, 'code', (node: Code) => {
    if (!node.lang || !(node.lang.startsWith('{') || node.meta?.startsWith('{'))) return;
    const info = node.meta ? `${node.lang} ${node.meta}` : node.lang;
    const match = /^([^`{}\s]+)?\s*(\{.*\})\s*$/s.exec(info);
    const attributes = match ? readAttributes(match[2]!) : undefined;
    if (!match || !attributes) return;
    const word = match[1];
    if (word) attributes.classes.unshift(word);
    node.lang = attributes.classes[0] ?? null;
    node.meta = null;
    node.data = { ...node.data, attributes };
  });
}

function positionOf(token: Token): Position {
  return { start: point(token.start), end: point(token.end) };
}

function point(place: Token['start']): Point {
  return { line: place.line, column: place.column, offset: place.offset };
}
