/**
 * Slide blocks too long for one slide (`slide-too-long`, a warning): the deck still builds, setting
 * the block smaller or splitting it across continuation slides (render/deck/slide-fit.ts, the same
 * measure), but a slide is read from the back of a room, so the author should hear about it, at
 * the block's `::: slide` line.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import { blockLines, fitOf, slideBudget } from '../render/deck/slide-fit.ts';
import type { Div } from '../manuscript/nodes.ts';
import { isSlideBlock } from '../manuscript/slide-blocks.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

export const slidesCheck: Check = {
  name: 'slides',
  rules: [
    {
      id: 'slide-too-long',
      severity: 'warning',
      summary: 'a `::: slide` block longer than one slide holds at a legible size; the deck shrinks or splits it: cut it to 3–5 short points and move detail into the prose (the speaker notes)',
    },
  ],
  run(manuscript) {
    for (const chapter of manuscript.chapters) {
      if (!chapter.meta.slide || isReused(chapter)) continue;
      visit(chapter.tree, (node: Nodes) => {
        if (!isSlideBlock(node)) return;
        const lines = blockLines([node as Div]);
        const fit = fitOf(lines);
        if (fit === 'normal') return;
        const outcome = fit === 'dense' ? 'the deck sets it in smaller type' : 'the deck splits it across continuation slides';
        report(
          chapter.file,
          `This slide block runs to about ${Math.ceil(lines)} lines, more than the ${slideBudget.lines} a slide holds at its normal size, so ${outcome}; cut it to 3–5 short points and move the detail into the section's prose, which becomes the speaker notes`,
          node.position,
          'slide-too-long',
          'warning',
        );
      });
    }
  },
};
