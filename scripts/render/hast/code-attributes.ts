/**
 * A fenced code block's language and pandoc attributes (https://pandoc.org/MANUAL.html#extension-fenced_code_attributes):
 * ```` ```python ````, ```` ```{.python .numberLines startFrom="10"} ```` or ```` ```python {.numberLines} ````.
 * Read from `node.data.attributes` (the pandoc-Markdown contract, manuscript/nodes.ts) when the
 * parser put them there; otherwise from the info string remark leaves in `lang` and `meta`.
 */
import type { Code } from 'mdast';
import type { Attributes } from '../../manuscript/nodes.ts';

export interface CodeAttributes extends Attributes {
  /** The language: `lang`, else the first class that is no pandoc option. */
  language: string | undefined;
}

/** Classes pandoc reads as options of the block, not as its language. */
const optionClasses = new Set(['numberLines', 'number-lines', 'sourceCode', 'numberSource']);

export function codeAttributes(node: Code): CodeAttributes {
  const given = node.data?.attributes;
  const lang = node.lang && !node.lang.startsWith('{') ? node.lang : undefined;
  const attributes = given ?? parseInfo([node.lang?.startsWith('{') ? node.lang : '', node.meta ?? ''].join(' ').trim());
  const language = lang ?? attributes.classes.find((name) => !optionClasses.has(name));
  return { ...attributes, language };
}

/** `{#id .class key="value"}` (the braces optional). */
function parseInfo(info: string): Attributes {
  const attributes: Attributes = { classes: [], pairs: [] };
  const inner = /^\{(.*)\}$/s.exec(info)?.[1] ?? info;
  for (const match of inner.matchAll(/#([^\s}]+)|\.([^\s}]+)|([^\s=}]+)=("[^"]*"|'[^']*'|[^\s}]+)/g)) {
    if (match[1] !== undefined) attributes.id = match[1];
    else if (match[2] !== undefined) attributes.classes.push(match[2]);
    else if (match[3] !== undefined) attributes.pairs.push([match[3], match[4]!.replace(/^(["'])(.*)\1$/s, '$2')]);
  }
  return attributes;
}
