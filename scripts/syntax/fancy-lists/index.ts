/**
 * The remark plugin for pandoc's ordered list markers (syntax.ts, marker.ts). A list's first
 * marker gives its `start` (`c.` is 3, `iv)` is 4) and, for letters and roman numerals, its
 * `<ol type>` (`a`, `A`, `i`, `I`). Example lists, `(@)`, are numbered through the file, one
 * after another, and a `(@label)` written in the text becomes the number of the example it labels,
 * as in pandoc (https://pandoc.org/MANUAL.html#extension-example_lists).
 */
import type { List, ListItem, Root, Text } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { htmlType, readMarker } from './marker.ts';
import { pandocLists } from './syntax.ts';

export { lettersNeeded } from './syntax.ts';

declare module 'mdast' {
  interface ListData {
    /** An example list (`(@)`): numbered on from the examples before it. */
    example?: boolean;
  }
  interface ListItemData {
    /** `(@label)`: the example's label. */
    exampleLabel?: string;
  }
}

const fromMarkdown: FromMarkdownExtension = { enter: { listItemValue: enterValue } };

/** mdast-util-from-markdown's own, which reads only digits, with pandoc's markers too. */
function enterValue(this: CompileContext, token: Token): undefined {
  const marker = readMarker(this.sliceSerialize(token));
  const item = this.stack[this.stack.length - 1] as ListItem;
  if (marker?.label) item.data = { ...item.data, exampleLabel: marker.label };
  if (!this.data.expectingFirstListItemValue || !marker) return;
  const list = this.stack[this.stack.length - 2] as List;
  list.start = marker.value;
  const type = htmlType[marker.style];
  if (type) list.data = { ...list.data, hProperties: { ...list.data?.hProperties, type } };
  if (marker.style === 'example') list.data = { ...list.data, example: true };
  this.data.expectingFirstListItemValue = undefined;
}

/** `letters`: whether to read `a.` and `iv)` markers (syntax.ts's `lettersNeeded` tells). */
export function remarkFancyLists(this: Processor, options: { letters?: boolean } = {}) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(pandocLists(options.letters ?? true));
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
  return (tree: Root) => numberExamples(tree);
}

function numberExamples(tree: Root): void {
  let count = 0;
  const labels = new Map<string, number>();
  visit(tree, 'list', (list: List) => {
    if (!list.data?.example) return;
    list.start = count + 1;
    for (const item of list.children) {
      count++;
      if (item.data?.exampleLabel) labels.set(item.data.exampleLabel, count);
    }
  });
  if (labels.size === 0) return;
  visit(tree, 'text', (text: Text) => {
    text.value = text.value.replace(/\(@([\w-]+)\)/g, (written, label: string) => (labels.has(label) ? `(${labels.get(label)})` : written));
  });
}
