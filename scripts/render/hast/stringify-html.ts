/**
 * hast → HTML text through rehype-stringify (the owner's choice; hast-util-to-html inside), built
 * once and reused by every renderer that writes HTML.
 */
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const processor = unified().use(rehypeStringify).freeze();

export function stringifyHtml(tree: Root | Element): string {
  return processor.stringify(tree.type === 'root' ? tree : { type: 'root', children: [tree] });
}
