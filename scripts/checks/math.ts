/**
 * Math that temml cannot read (`math-invalid`, a warning): an unknown command, an unclosed brace.
 * The outputs then show the formula's TeX as code, so the author hears of it here, at the formula.
 * temml is loaded only for a book with math.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import { loadMathEngine, texToMathml } from '../syntax/math/mathml.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

export const mathCheck: Check = {
  name: 'math',
  rules: [
    {
      id: 'math-invalid',
      severity: 'warning',
      summary: 'TeX math (`$…$`, `$$…$$`) that cannot be turned into MathML (an unknown command, an unclosed brace); the outputs show its source as code: correct the TeX',
    },
  ],
  async run(manuscript) {
    const formulas: Array<{ node: Extract<Nodes, { type: 'inlineMath' | 'displayMath' }>; file: (typeof manuscript.chapters)[number]['file'] }> = [];
    for (const chapter of manuscript.chapters) {
      if (isReused(chapter)) continue;
      visit(chapter.tree, (node) => {
        if (node.type === 'inlineMath' || node.type === 'displayMath') formulas.push({ node, file: chapter.file });
      });
    }
    if (formulas.length === 0) return;
    const engine = await loadMathEngine();
    for (const { node, file } of formulas) {
      const result = texToMathml(engine, node.value, node.type === 'displayMath');
      if ('error' in result) {
        report(file, `This formula cannot be read as TeX math (${result.error}): the outputs show its source as code instead; correct the TeX`, node.position, 'math-invalid', 'warning');
      }
    }
  },
};
