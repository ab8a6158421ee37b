/**
 * hast → HTML text through rehype-stringify (the owner's choice; hast-util-to-html inside), built
 * once and reused by every renderer that writes HTML. `{ raw: true }` writes `raw` nodes as they
 * are: the page and the deck put each chapter in as HTML text they serialised themselves (an
 * element's HTML does not depend on where it stands), never anything from the manuscript, which
 * the sanitizer has turned into elements and text.
 */
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const processor = unified().use(rehypeStringify).freeze();
const withRaw = unified().use(rehypeStringify, { allowDangerousHtml: true }).freeze();

export function stringifyHtml(tree: Root | Element, options: { raw?: boolean } = {}): string {
  return (options.raw ? withRaw : processor).stringify(tree.type === 'root' ? tree : { type: 'root', children: [tree] });
}
