/**
 * remark-directive turns any `:word` in running text into a text directive, so "at 12:30" or
 * "ratio 1:2" would lose text (PITFALLS: remark-directive 4). This plugin puts every text
 * directive we do not know back as the source text it came from, and reports an unknown leaf
 * directive (`::timline`) as the author's mistake.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';

export const textDirectives = new Set(['date']);
/** Leaf directives; `:::` fences are pandoc's fenced divs, whose classes are free (remark-pandoc-syntax.ts). */
export const blockDirectives = new Set(['timeline', 'map', 'glance']);

export const remarkRestoreDirectives: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const source = String(file.value);
  visit(tree, (node, index, parent) => {
    if (node.type === 'textDirective' && !textDirectives.has(node.name) && parent && index !== undefined) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
      parent.children.splice(index, 1, { type: 'text', value, ...(node.position ? { position: node.position } : {}) });
      return [SKIP, index + 1];
    }
    if (node.type === 'leafDirective' && !blockDirectives.has(node.name)) {
      const known = [...blockDirectives].map((name) => `\`${name}\``).join(', ');
      report(file, `Unknown directive \`${node.name}\`: Triptych knows ${known}; check the spelling`, node.position, 'directive-unknown');
    }
    return undefined;
  });
};
