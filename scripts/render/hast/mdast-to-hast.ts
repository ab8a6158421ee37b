/**
 * mdast → hast through remark-rehype (the owner's choice; mdast-util-to-hast inside), with the
 * handlers for our node types. A processor per call: the handlers close over the chapter.
 */
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import remarkRehype, { type Options } from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';

export function mdastToHast(tree: Root, options: Options, file?: VFile): HastRoot {
  return unified().use(remarkRehype, options).runSync(tree, file);
}
