/**
 * Slides whose body does not fit one slide at the normal size. The deck still builds: it sets the
 * body smaller or splits it into continuation slides (`slide-too-long`, a warning), and a body
 * that fits at no legible size, even split (one paragraph longer than a slide), scrolls
 * (`slide-overflow`, a warning naming the slide and pointing at the block). Both are measured by
 * the model the deck renders with (manuscript/slide-fit/), so the author hears what the deck does.
 * A book-first slide's body is every `::: slide` block of its section (the section at the slide
 * level, subsections included); a pandoc-style slide's is its content: as the deck gathers them.
 */
import type { Heading, RootContent } from 'mdast';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import { fitSlide } from '../manuscript/slide-fit/paginate.ts';
import type { Div } from '../manuscript/nodes.ts';
import { isSlideBlock } from '../manuscript/slide-blocks.ts';
import { bookSlideLevel, chapterMode, talkSlideLevel } from '../manuscript/talk/deck-plan.ts';
import { slideFragments } from '../manuscript/talk/fragments.ts';
import { talkSlides } from '../manuscript/talk/talk-slides.ts';
import { chapterFootnotes } from '../manuscript/talk/slide-footnotes.ts';
import { writtenAsTalk } from '../manuscript/talk/written-as-talk.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

interface SlideSource {
  /** The slide's heading; none for a slide a `---` starts. */
  title: string | undefined;
  nodes: RootContent[];
  /** `{.scrollable}`: the author wants it to scroll. */
  scrollable: boolean;
  /** Book-first: the advice is about the prose. */
  book: boolean;
  /** Where the slide is written: its first `::: slide` line, or its first block. */
  place: Position | undefined;
}

export const slidesCheck: Check = {
  name: 'slides',
  rules: [
    {
      id: 'slide-too-long',
      severity: 'warning',
      summary: 'a slide (its `::: slide` blocks, or a pandoc-style slide’s content) that does not fit one slide at the normal size; the deck sets it smaller or splits it: cut it to 3–5 short points and move detail into the speaker notes (the prose, or `::: notes`)',
    },
    {
      id: 'slide-overflow',
      severity: 'warning',
      summary: 'a block that does not fit a slide even at the smallest legible size (text ≥ 24 px) and cannot be split (one long paragraph, a tall picture); the slide scrolls: shorten the block or split it yourself',
    },
  ],
  run(manuscript) {
    const { deck } = manuscript.book;
    const modes = new Map(manuscript.chapters.map((chapter) => [chapter, chapterMode(chapter.tree, deck)]));
    const talks = manuscript.chapters.filter((chapter) => modes.get(chapter) === 'slides').map((chapter) => ({ chapter, tree: chapter.tree }));
    const talkLevel = talkSlideLevel(talks, deck, { bookFirst: talks.length < manuscript.chapters.length });
    // A book written the pandoc way without any slide syntax is a book: its prose is not judged as slides.
    const judgeTalk = writtenAsTalk(manuscript.chapters, deck);
    for (const chapter of manuscript.chapters) {
      if (!chapter.meta.slide || isReused(chapter)) continue;
      const talk = modes.get(chapter) === 'slides';
      if (talk && !judgeTalk) continue;
      const level = talk ? talkLevel : bookSlideLevel(deck);
      const slides = talk ? talkSources(chapter.tree.children, chapter.meta.title, level) : slideSources(chapter.tree.children, chapter.meta.title, level);
      for (const slide of slides) {
        // Fitted as the deck fits it: pauses and incremental lists made fragments first.
        const nodes = slideFragments(slide.nodes, deck.incremental);
        if (slide.scrollable || nodes.length === 0) continue;
        const fitted = fitSlide(nodes, slide.title, chapterFootnotes(chapter.tree));
        const fix = slide.book ? "cut it to 3–5 short points and move the detail into the section's prose, which becomes the speaker notes" : 'cut it to 3–5 short points, move the detail into `::: notes`, or start a new slide with `---`';
        if (fitted.split || fitted.pages[0]!.level !== 'normal') {
          const outcome = fitted.split ? `the deck splits it into ${fitted.pages.length} slides` : 'the deck sets it in smaller type';
          report(chapter.file, `The slide “${slide.title ?? chapter.meta.title}” holds more than one slide shows at its normal size, so ${outcome}; ${fix}`, slide.place, 'slide-too-long', 'warning');
        }
        for (const page of fitted.pages) {
          if (!page.overflow) continue;
          report(
            chapter.file,
            `On the slide “${slide.title ?? chapter.meta.title}” this block does not fit even at the smallest legible size (text at 24 px on a 1280×720 screen), and cannot be split further, so that slide scrolls; shorten the block or split it into points (or mark the slide \`{.scrollable}\` if it is meant to scroll)`,
            page.overflow.position ?? slide.place,
            'slide-overflow',
            'warning',
          );
        }
      }
    }
  },
};

/** The slides of a chapter written the pandoc way, as the deck carves them (manuscript/talk/). */
function talkSources(children: readonly RootContent[], chapterTitle: string, level: number): SlideSource[] {
  return talkSlides(children, level)
    .filter((slide) => slide.nodes.length > 0)
    .map((slide, index) => ({
      title: index === 0 ? chapterTitle : slide.heading ? toString(slide.heading) : undefined,
      nodes: slide.nodes,
      scrollable: slide.heading?.data?.attributes?.classes.includes('scrollable') ?? false,
      book: false,
      place: slide.nodes[0]!.position,
    }));
}

/** The slide blocks of each section at `level` (deeper headings belong to the section above), figures left out: they have slides of their own. */
function slideSources(children: readonly RootContent[], chapterTitle: string, level: number): SlideSource[] {
  const slides: Array<{ title: string; blocks: Div[]; scrollable: boolean }> = [{ title: chapterTitle, blocks: [], scrollable: false }];
  const root = { type: 'root' as const, children: [...children] };
  visit(root, (node) => {
    if (node.type === 'heading' && (node as Heading).depth <= level) slides.push({ title: toString(node), blocks: [], scrollable: false });
    if (isSlideBlock(node)) {
      const block = node as Div;
      if (!block.children.some((child) => child.type === 'leafDirective' && (child.name === 'timeline' || child.name === 'map'))) slides.at(-1)!.blocks.push(block);
      return 'skip';
    }
    return undefined;
  });
  return slides.filter((slide) => slide.blocks.length > 0).map((slide) => ({ title: slide.title, nodes: slide.blocks.flatMap((block) => block.children as RootContent[]), scrollable: slide.scrollable, book: true, place: slide.blocks[0]!.position }));
}
