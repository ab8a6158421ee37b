/**
 * Point symbols shared by the timeline and the map: the shape carries the category, so colour is
 * never the only cue (WCAG 1.4.1). A hollow symbol (card fill, dashed outline) marks an approximate
 * or uncertain value.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { fmt } from './box.ts';
import { card } from './palette.ts';

export type Shape = 'circle' | 'diamond' | 'square' | 'triangle' | 'star';

export interface MarkerOptions {
  shape: Shape;
  colour: string;
  /** Half the symbol's width. */
  radius: number;
  hollow?: boolean;
}

export function marker(x: number, y: number, { shape, colour, radius: r, hollow = false }: MarkerOptions): Element {
  const paint = {
    fill: hollow ? card : colour,
    stroke: colour,
    strokeWidth: hollow ? '1.6' : '1',
    ...(hollow ? { strokeDasharray: '2 1.2' } : {}),
  };
  if (shape === 'circle') return s('circle', { cx: fmt(x), cy: fmt(y), r: fmt(r), ...paint });
  return s('path', { d: symbolPath(x, y, shape, r), ...paint });
}

function symbolPath(x: number, y: number, shape: Exclude<Shape, 'circle'>, r: number): string {
  const points: Array<[number, number]> =
    shape === 'diamond'
      ? [[x, y - r * 1.25], [x + r * 1.1, y], [x, y + r * 1.25], [x - r * 1.1, y]]
      : shape === 'square'
        ? [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]]
        : shape === 'triangle'
          ? [[x, y - r * 1.2], [x + r * 1.15, y + r * 0.8], [x - r * 1.15, y + r * 0.8]]
          : starPoints(x, y, r * 1.3);
  return `M${points.map(([px, py]) => `${fmt(px)} ${fmt(py)}`).join('L')}Z`;
}

function starPoints(x: number, y: number, r: number): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    const radius = i % 2 === 0 ? r : r * 0.45;
    return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)] as [number, number];
  });
}
