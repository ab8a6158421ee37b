/**
 * A key of symbols and their meanings, laid out left to right and wrapped to the figure's width;
 * a meaning too long for a line of its own wraps onto more lines beside its symbol.
 * It lives inside the SVG, because the SVG also travels alone (an EPUB image, a slide).
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { fmt, type Box } from './box.ts';
import { ink } from './palette.ts';
import { ascent, descent, textWidth, wrapText } from './text-width.ts';

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
  const lineHeight = size * 1.25;
  const elements: Element[] = [];
  const boxes: Box[] = [];
  let x = x0;
  let y = y0 + rowHeight / 2;
  // The extra height of the current row's tallest wrapped meaning.
  let extra = 0;
  for (const item of items) {
    const lines = wrapText(item.text, width - 22, size);
    const textW = Math.max(...lines.map((line) => textWidth(line, size)));
    const w = 22 + textW;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowHeight + extra;
      extra = 0;
    }
    extra = Math.max(extra, (lines.length - 1) * lineHeight);
    const baseline = y + 0.35 * size;
    const text =
      lines.length === 1
        ? s('text', { x: fmt(x + 18), y: fmt(baseline), fontSize: fmt(size), fill: ink }, item.text)
        : s('text', { x: fmt(x + 18), y: fmt(baseline), fontSize: fmt(size), fill: ink }, lines.map((line, i) => s('tspan', { x: fmt(x + 18), y: fmt(baseline + i * lineHeight) }, line)));
    elements.push(item.symbol(x + 7, y), text);
    boxes.push({ x: x + 18, y: baseline - ascent * size, width: textW, height: (ascent + descent) * size + (lines.length - 1) * lineHeight });
    x += w + 18;
  }
  return { elements, height: y - y0 + rowHeight / 2 + extra, boxes };
}
