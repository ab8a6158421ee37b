/**
 * mdast side of fenced divs: a `div` node (scripts/manuscript/nodes.ts) whose `attributes` are the
 * opening fence's (`::: name` is the class `name`), positioned from the opening fence to the end of
 * the closing one. A div the file or its container ended before any closing fence is listed in
 * `unclosedDivs` for the parse plugin to warn about.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Div } from '../../manuscript/nodes.ts';
import { tokenAttributes } from '../pandoc-attributes/from-markdown.ts';

/** Divs whose closing fence is missing, until the parse plugin has reported them. */
export const unclosedDivs = new WeakSet<Div>();

/** The end of each div's closing fence, while the div is being built. */
const closings = new WeakMap<Div, Token['end']>();

export function divsFromMarkdown(): Extension {
  return {
    enter: { pandocDiv: enterDiv },
    exit: { pandocDiv: exitDiv, pandocDivAttributes: exitAttributes, pandocDivWord: exitWord, pandocDivFenceClose: exitClosingFence },
  };
}

function enterDiv(this: CompileContext, token: Token): undefined {
  const div: Div = { type: 'div', attributes: { classes: [], pairs: [] }, children: [] };
  this.enter(div, token);
}

function currentDiv(context: CompileContext): Div {
  return context.stack[context.stack.length - 1] as Div;
}

function exitAttributes(this: CompileContext, token: Token): undefined {
  currentDiv(this).attributes = tokenAttributes(this, token);
}

function exitWord(this: CompileContext, token: Token): undefined {
  const point = (place: Token['start']) => ({ line: place.line, column: place.column, offset: place.offset });
  currentDiv(this).attributes = { classes: [this.sliceSerialize(token)], pairs: [], position: { start: point(token.start), end: point(token.end) } };
}

function exitClosingFence(this: CompileContext, token: Token): undefined {
  closings.set(currentDiv(this), token.end);
}

function exitDiv(this: CompileContext, token: Token): undefined {
  const div = currentDiv(this);
  this.exit(token);
  const closing = closings.get(div);
  // micromark ends a container where the next line starts; the div ends with its fence or last child.
  const end = closing ?? div.children[div.children.length - 1]?.position?.end ?? div.attributes.position?.end;
  if (div.position && end) div.position.end = { line: end.line, column: end.column, offset: end.offset };
  if (!closing) unclosedDivs.add(div);
}
