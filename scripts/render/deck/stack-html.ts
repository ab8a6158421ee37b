/**
 * One chapter's vertical stack of slides (chapter-stack.ts), written as HTML text, with what the
 * deck needs from it besides: the works its slides cite (for the sources slides, in order) and
 * the manuscript images they show (copied next to the deck). A stack depends on nothing from the
 * chapters before it, so `triptych dev` keeps it while the chapter's hast is the same object
 * (render memo: same tree, same context, same slide level).
 */
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { stringifyHtml } from '../hast/stringify-html.ts';
import { memoStore, type RenderMemo } from '../incremental/render-memo.ts';
import type { RenderContext } from '../context.ts';
import { chapterStack } from './chapter-stack.ts';
import { talkStack } from './talk-stack.ts';
import type { ChapterMode } from '../../manuscript/talk/deck-plan.ts';
import type { Citation } from '../../manuscript/nodes.ts';
import { createSlideBlockRenderer } from './slide-block.ts';
import { citedKey, spokenCitation } from './deck-citation.ts';

export interface StackHtml {
  html: string;
  /** Keys cited on its slides, in order of first citation. */
  cited: string[];
  /** `src` of every `<img>` (notes included), in document order. */
  images: string[];
  /** Its slides in order: each one's id and the keys its citations link to (for the sources' back-links). */
  slides: Array<{ id: string; cites: string[] }>;
}

/** How the chapter is written for the deck (manuscript/talk/deck-plan.ts). */
export interface StackPlan {
  mode: ChapterMode;
  level: number;
}

/** `onSlides`: the labels the deck's slides show, which a reference on a slide links to (labels-on-slides.ts). */
export function stackHtml(context: RenderContext, chapterHast: ChapterHast, plan: StackPlan, onSlides: ReadonlySet<string>, memo?: RenderMemo): StackHtml {
  const stacks = memo && memoStore(memo, 'deck-stacks', () => new WeakMap<Element, { key: string; stack: StackHtml }>());
  const key = `${plan.mode} ${plan.level} ${[...onSlides].join(' ')}`;
  const cached = stacks?.get(chapterHast.section);
  if (cached && cached.key === key) return cached.stack;
  const blocks = createSlideBlockRenderer(context, onSlides);
  const say = (citation: Citation) => spokenCitation(context, citation);
  const { deck } = context.manuscript.book;
  const tree =
    plan.mode === 'slides'
      ? talkStack(chapterHast, blocks, say, { level: plan.level, incremental: deck.incremental, words: context.words })
      : chapterStack(chapterHast, plan.level, blocks, say, { incremental: deck.incremental, notes: deck.notes, words: context.words });
  const images: string[] = [];
  visit(tree, 'element', (node) => {
    // Pictures, and slide backgrounds (a manuscript image, like a picture's `src`).
    const src = node.tagName === 'img' ? node.properties['src'] : node.properties['dataBackgroundImage'];
    if (typeof src === 'string') images.push(src);
  });
  const slides = tree.children.flatMap((slide) => {
    if (slide.type !== 'element') return [];
    const cites: string[] = [];
    visit(slide, 'element', (node) => {
      const key = citedKey(node);
      if (key !== undefined && !cites.includes(key)) cites.push(key);
    });
    return [{ id: String(slide.properties['id']), cites }];
  });
  const stack = { html: stringifyHtml(tree), cited: [...blocks.cited], images, slides };
  stacks?.set(chapterHast.section, { key, stack });
  return stack;
}
