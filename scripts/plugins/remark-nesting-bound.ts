/**
 * Nesting bound (`limits.nestingDepth`): a node with more ancestors than that (block quotes in
 * block quotes, lists in lists, divs, spans, emphasis…) is reported once per file as
 * `nesting-too-deep`, an error, at the first such node, and what lies deeper is cut from the tree,
 * so that no later stage walks it (recursive walks overflowed the stack at a few thousand levels).
 * Block quotes are also bounded before parsing (pipeline/read-bounded.ts): micromark's time grows
 * faster than their depth. The walk here keeps its own stack, so it cannot overflow.
 */
import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { nestingDepth } from '../manuscript/limits.ts';

export const remarkNestingBound: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  let reported = false;
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node)) continue;
    if (depth >= nestingDepth) {
      if (!reported && node.children.length > 0) {
        reported = true;
        const place = node.children[0]!.position ?? node.position;
        report(file, `This is nested more than ${nestingDepth} levels deep (block quotes, lists, divs, spans, emphasis or links inside one another): no book needs that many, and parsing and rendering such text takes time and memory without bound; flatten it`, place, 'nesting-too-deep');
      }
      node.children = [];
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
};
