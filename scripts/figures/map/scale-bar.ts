/**
 * A scale bar measured where it matters: the distance along the map's middle row, by great-circle
 * distance between inverted screen points (an equal-area conic keeps the scale nearly true along
 * its standard parallels, not everywhere). The length is a round number of kilometres.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { geoDistance, type GeoProjection } from 'd3-geo';
import { fmt, type Box } from '../box.ts';
import { card, ink } from '../palette.ts';
import { ascent, descent, textWidth } from '../text-width.ts';
import { fill } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/words.ts';

const earthRadiusKm = 6371;

export interface ScaleBar {
  elements: Element[];
  boxes: Box[];
  width: number;
}

export function scaleBar(projection: GeoProjection, centre: [number, number], x: number, y: number, size: number, words: Pick<Words, 'kilometres'>, maxWidth = 160): ScaleBar {
  const [cx, cy] = centre;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  if (!a || !b) return { elements: [], boxes: [], width: 0 };
  const kmPerPx = (geoDistance(a, b) * earthRadiusKm) / 100;
  const km = [1000, 500, 250, 200, 100, 50, 25, 10].find((k) => k / kmPerPx <= maxWidth) ?? 10;
  const w = km / kmPerPx;
  const label = fill(words.kilometres, { n: km });
  const baseline = y + 4 + size;
  const labelX = x + w + 6;
  return {
    width: w + 6 + textWidth(label, size),
    elements: [
      s('rect', { x: fmt(x), y: fmt(y), width: fmt(w / 2), height: '5', fill: ink }),
      s('rect', { x: fmt(x + w / 2), y: fmt(y), width: fmt(w / 2), height: '5', fill: card, stroke: ink, strokeWidth: '0.8' }),
      s('text', { x: fmt(labelX), y: fmt(baseline - size * 0.6), fontSize: fmt(size), fill: ink }, label),
    ],
    boxes: [{ x: labelX, y: baseline - size * 0.6 - ascent * size, width: textWidth(label, size), height: (ascent + descent) * size }],
  };
}
