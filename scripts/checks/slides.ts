/**
 * Slides whose body does not fit one slide at the normal size. The deck still builds: it sets the
 * body smaller or splits it into continuation slides (`slide-too-long`, a warning), and a body
 * that fits at no legible size, even split (one paragraph longer than a slide), scrolls
 * (`slide-overflow`, a warning naming the slide and pointing at the block). Both are measured by
 * the model the deck renders with (manuscript/slide-fit/), so the author hears what the deck does.
 * A slide's body is every `::: slide` block of its section (the section at `deck.slideLevel`,
 * subsections included), as the deck gathers them.
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import { fitSlide } from '../manuscript/slide-fit/paginate.ts';
import type { Div } from '../manuscript/nodes.ts';
import { isSlideBlock } from '../manuscript/slide-blocks.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

interface SlideSource {
  title: string;
  blocks: Div[];
}

export const slidesCheck: Check = {
  name: 'slides',
  rules: [
    {
      id: 'slide-too-long',
      severity: 'warning',
      summary: 'a slide whose `::: slide` blocks do not fit one slide at the normal size; the deck sets them smaller or splits them: cut them to 3–5 short points and move detail into the prose (the speaker notes)',
    },
    {
      id: 'slide-overflow',
      severity: 'warning',
      summary: 'a block that does not fit a slide even at the smallest legible size (text ≥ 24 px) and cannot be split (one long paragraph, a tall picture); the slide scrolls: shorten the block or split it yourself',
    },
  ],
  run(manuscript) {
    const level = manuscript.book.deck.slideLevel;
    for (const chapter of manuscript.chapters) {
      if (!chapter.meta.slide || isReused(chapter)) continue;
      for (const slide of slideSources(chapter.tree.children, chapter.meta.title, level)) {
        const nodes = slide.blocks.flatMap((block) => block.children as RootContent[]);
        const fitted = fitSlide(nodes, slide.title);
        const first = slide.blocks[0]!;
        if (fitted.split || fitted.pages[0]!.level !== 'normal') {
          const outcome = fitted.split ? `the deck splits it into ${fitted.pages.length} slides` : 'the deck sets it in smaller type';
          report(
            chapter.file,
            `The slide “${slide.title}” holds more than one slide shows at its normal size, so ${outcome}; cut it to 3–5 short points and move the detail into the section's prose, which becomes the speaker notes`,
            first.position,
            'slide-too-long',
            'warning',
          );
        }
        for (const page of fitted.pages) {
          if (!page.overflow) continue;
          report(
            chapter.file,
            `On the slide “${slide.title}” this block does not fit even at the smallest legible size (text at 24 px on a 1280×720 screen), and cannot be split further, so that slide scrolls; shorten the block or split it into points`,
            page.overflow.position ?? first.position,
            'slide-overflow',
            'warning',
          );
        }
      }
    }
  },
};

/** The slide blocks of each section at `level` (deeper headings belong to the section above), figures left out: they have slides of their own. */
function slideSources(children: readonly RootContent[], chapterTitle: string, level: number): SlideSource[] {
  const slides: SlideSource[] = [{ title: chapterTitle, blocks: [] }];
  const root = { type: 'root' as const, children: [...children] };
  visit(root, (node) => {
    if (node.type === 'heading' && (node as Heading).depth <= level) slides.push({ title: toString(node), blocks: [] });
    if (isSlideBlock(node)) {
      const block = node as Div;
      if (!block.children.some((child) => child.type === 'leafDirective' && (child.name === 'timeline' || child.name === 'map'))) slides.at(-1)!.blocks.push(block);
      return 'skip';
    }
    return undefined;
  });
  return slides.filter((slide) => slide.blocks.length > 0);
}
