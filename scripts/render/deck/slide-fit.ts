/**
 * How much a slide block holds, measured on the mdast at build time (the deck never measures in
 * the browser, so its bytes and its PDF do not depend on a window). A block is counted in lines of
 * about `charsPerLine` characters at the deck's body size; within `lines` it shows as written,
 * within `denseLines` it is set smaller (never below 28 px on a 1280×720 screen, see deck.css),
 * and beyond that its points are split across continuation slides. The `slide-too-long` check
 * uses the same measure to tell the author where.
 */
import type { RootContent } from 'mdast';
import type { Div } from '../../manuscript/nodes.ts';
import { toString } from 'mdast-util-to-string';

export const slideBudget = {
  /** Characters on one line of body text (34 px serif, 1,110 px wide; DejaVu Serif is the widest we meet). */
  charsPerLine: 60,
  /** Lines a slide holds at the normal body size, under a one-line heading. */
  lines: 9,
  /** Lines it holds at the dense size. */
  denseLines: 12,
} as const;

export type SlideFit = 'normal' | 'dense' | 'split';

/** Lines that one block-level node takes on a slide (a figure takes the whole slide, so it counts 0 here). */
export function nodeLines(node: RootContent): number {
  if (node.type === 'list') return node.children.reduce((sum, item) => sum + textLines(toString(item)), 0);
  if (node.type === 'leafDirective') return 0;
  if (node.type === 'heading') return 1.5;
  return textLines(toString(node));
}

export function blockLines(blocks: readonly Div[]): number {
  return blocks.flatMap((block) => block.children).reduce((sum, node) => sum + nodeLines(node), 0);
}

export function fitOf(lines: number): SlideFit {
  if (lines <= slideBudget.lines) return 'normal';
  return lines <= slideBudget.denseLines ? 'dense' : 'split';
}

function textLines(text: string): number {
  return Math.max(1, Math.ceil(text.trim().length / slideBudget.charsPerLine));
}
