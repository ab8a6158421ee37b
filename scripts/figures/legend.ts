/**
 * A key of symbols and their meanings, laid out left to right and wrapped to the figure's width.
 * It lives inside the SVG, because the SVG also travels alone (an EPUB image, a slide).
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { fmt, type Box } from './box.ts';
import { ink } from './palette.ts';
import { ascent, descent, textWidth } from './text-width.ts';

export interface LegendItem {
  /** Draws the symbol centred on (x, y). */
  symbol: (x: number, y: number) => Element;
  text: string;
}

export interface Legend {
  elements: Element[];
  height: number;
  /** The text boxes, for the overlap checks. */
  boxes: Box[];
}

export function legend(items: readonly LegendItem[], x0: number, y0: number, width: number, size: number): Legend {
  const rowHeight = size * 1.6;
  const elements: Element[] = [];
  const boxes: Box[] = [];
  let x = x0;
  let y = y0 + rowHeight / 2;
  for (const item of items) {
    const w = 22 + textWidth(item.text, size);
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowHeight;
    }
    const baseline = y + 0.35 * size;
    elements.push(item.symbol(x + 7, y), s('text', { x: fmt(x + 18), y: fmt(baseline), fontSize: fmt(size), fill: ink }, item.text));
    boxes.push({ x: x + 18, y: baseline - ascent * size, width: textWidth(item.text, size), height: (ascent + descent) * size });
    x += w + 18;
  }
  return { elements, height: y - y0 + rowHeight / 2, boxes };
}
