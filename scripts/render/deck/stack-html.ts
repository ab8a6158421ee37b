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
import { createSlideBlockRenderer } from './slide-block.ts';

export interface StackHtml {
  html: string;
  /** Keys cited on its slides, in order of first citation. */
  cited: string[];
  /** `src` of every `<img>` (notes included), in document order. */
  images: string[];
}

export function stackHtml(context: RenderContext, chapterHast: ChapterHast, level: number, memo?: RenderMemo): StackHtml {
  const stacks = memo && memoStore(memo, 'deck-stacks', () => new WeakMap<Element, { level: number; stack: StackHtml }>());
  const cached = stacks?.get(chapterHast.section);
  if (cached && cached.level === level) return cached.stack;
  const blocks = createSlideBlockRenderer(context);
  const tree = chapterStack(chapterHast, level, blocks, context.words);
  const images: string[] = [];
  visit(tree, 'element', (node) => {
    const src = node.tagName === 'img' ? node.properties['src'] : undefined;
    if (typeof src === 'string') images.push(src);
  });
  const stack = { html: stringifyHtml(tree), cited: [...blocks.cited], images };
  stacks?.set(chapterHast.section, { level, stack });
  return stack;
}
