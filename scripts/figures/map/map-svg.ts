/**
 * Draws the map: sea, land, graticule, lakes, rivers and coastlines (clipped to the frame by the
 * projection), then markers (shape by kind, hollow when approximate, coloured when highlighted)
 * and their labels with a halo, and under the map a strip with the scale bar and the key.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { Box } from '../box.ts';
import { fmt } from '../box.ts';
import { legend, type LegendItem } from '../legend.ts';
import { marker, type Shape } from '../marker.ts';
import { card, ink, mapColours, muted } from '../palette.ts';
import { ascent, textWidth, wrapText, descent } from '../text-width.ts';
import { basePaths } from './base-paths.ts';
import { kindShape, type MapFrame, type MapLayout } from './map-layout.ts';
import { scaleBar } from './scale-bar.ts';
import type { Words } from '../../i18n/words.ts';

export interface MapDrawing {
  width: number;
  height: number;
  children: Element[];
  textBoxes: Box[];
}

const { water, accent } = mapColours;

export function drawMap(layout: MapLayout, frame: MapFrame, highlight: boolean, words: Words): MapDrawing {
  const { projection, width, mapHeight, points } = layout;
  const base = basePaths(projection, width, mapHeight, frame.minStep);
  const children: Element[] = [
    s('rect', { x: '0', y: '0', width: fmt(width), height: fmt(mapHeight), fill: mapColours.sea }),
    s('path', { d: base.land, fill: mapColours.land }),
    s('path', { d: base.graticule, fill: 'none', stroke: mapColours.graticule, strokeWidth: '0.6' }),
    s('path', { d: base.lakes, fill: mapColours.lakes, stroke: water, strokeWidth: '0.6' }),
    s('path', { d: base.rivers, fill: 'none', stroke: water, strokeWidth: '1', strokeLinejoin: 'round' }),
    s('path', { d: base.coastlines, fill: 'none', stroke: mapColours.coast, strokeWidth: '0.6' }),
  ];
  const textBoxes: Box[] = [];
  for (const point of points) {
    const colour = !highlight ? ink : point.highlighted ? accent : muted;
    const { box, leader } = point.label;
    if (leader) children.push(s('line', { x1: fmt(leader[0]), y1: fmt(leader[1]), x2: fmt(leader[2]), y2: fmt(leader[3]), stroke: muted, strokeWidth: '0.8' }));
    children.push(
      marker(point.x, point.y, { shape: point.shape, colour, radius: frame.markerRadius + (point.highlighted ? 1 : 0), hollow: point.place.approximate }),
      s(
        'text',
        {
          x: fmt(box.x),
          y: fmt(point.baseline),
          fontSize: fmt(frame.labelSize),
          fill: colour === accent ? mapColours.accentText : colour,
          ...(point.highlighted || frame.numbered ? { fontWeight: 'bold' } : {}),
          stroke: card,
          strokeWidth: '3',
          strokeLinejoin: 'round',
          paintOrder: 'stroke',
        },
        point.text,
      ),
    );
    textBoxes.push(box);
  }
  const stripTop = mapHeight + 10;
  const bar = scaleBar(projection, [width / 2, mapHeight / 2], 14, stripTop + 6, frame.legendSize, words);
  // The key beside the scale bar, or under it where the two would leave the key too narrow.
  const beside = width - bar.width - 52 >= 200;
  const keyTop = beside ? stripTop : stripTop + 6 + frame.legendSize * 1.9;
  const keyX = beside ? 14 + bar.width + 24 : 14;
  const key = legend(legendItems(layout, frame, highlight, words), keyX, keyTop, width - keyX - 14, frame.legendSize);
  children.push(...bar.elements, ...key.elements);
  textBoxes.push(...bar.boxes, ...key.boxes);
  let bottom = beside ? stripTop + Math.max(key.height, 24) : keyTop + key.height;
  if (!frame.numbered) return { width, height: bottom + 8, children, textBoxes };
  const list = numberedList(layout, 14, bottom + 8, width - 28, frame.labelSize, highlight);
  textBoxes.push(...list.boxes);
  bottom += 8 + list.height + 8;
  // Two parts, like the timeline's (figures/svg-parts.ts): the map with its scale, then the key
  // and the names, each short enough for a small phone's page when the EPUB shows them apart.
  const cut = keyTop - 6;
  const keyStart = children.length - key.elements.length;
  const bands = [
    s('g', { dataPartBand: `0 ${fmt(cut)}` }, children.slice(0, keyStart)),
    s('g', { dataPartBand: `${fmt(cut)} ${fmt(bottom)}` }, [...children.slice(keyStart), ...list.elements]),
  ];
  return { width, height: bottom, children: bands, textBoxes };
}

/**
 * The names of a numbered map, in number order, run into lines like a key (`1 Tobolsk  2 Sibir …`),
 * an entry never split across lines (a name wider than a line wraps at its spaces): columns would
 * leave a long name (Ust-Kamenogorsk) no room in a phone's column. The number in bold; the
 * chapter's places in bold and in the accent.
 */
function numberedList({ points }: MapLayout, x0: number, y0: number, width: number, size: number, highlight: boolean): { elements: Element[]; boxes: Box[]; height: number } {
  const entries = [...points].sort((a, b) => Number(a.text) - Number(b.text));
  const lineHeight = size * 1.4;
  const space = size * 0.9;
  const elements: Element[] = [];
  const boxes: Box[] = [];
  let x = x0;
  let line = 0;
  for (const point of entries) {
    const weight = point.highlighted ? 'bold' : 'normal';
    const numberWidth = textWidth(point.text, size, 'bold');
    const nameLines = wrapText(point.place.name, width - numberWidth - size * 0.3, size, weight);
    const nameWidth = Math.max(...nameLines.map((l) => textWidth(l, size, weight)));
    const entryWidth = numberWidth + size * 0.3 + nameWidth;
    if (x > x0 && x + entryWidth > x0 + width) {
      x = x0;
      line += 1;
    }
    const top = y0 + line * lineHeight;
    const baseline = top + ascent * size;
    const colour = highlight && point.highlighted ? mapColours.accentText : ink;
    const nameX = x + numberWidth + size * 0.3;
    elements.push(
      s('text', { x: fmt(x), y: fmt(baseline), fontSize: fmt(size), fontWeight: 'bold', fill: colour }, point.text),
      s(
        'text',
        { x: fmt(nameX), y: fmt(baseline), fontSize: fmt(size), fill: colour, ...(point.highlighted ? { fontWeight: 'bold' } : {}) },
        nameLines.length === 1 ? nameLines[0]! : nameLines.map((l, k) => s('tspan', { x: fmt(nameX), y: fmt(baseline + k * lineHeight) }, l)),
      ),
    );
    boxes.push({ x, y: top, width: numberWidth, height: (ascent + descent) * size });
    boxes.push({ x: nameX, y: top, width: nameWidth, height: (ascent + descent) * size + (nameLines.length - 1) * lineHeight });
    line += nameLines.length - 1;
    x = nameLines.length > 1 ? x0 + width : x + entryWidth + space;
  }
  return { elements, boxes, height: (line + 1) * lineHeight };
}

const shapeNames = (words: Words): Array<[Shape, string]> => [
  ['circle', words.placeKinds.settlement],
  ['square', words.placeKinds.fort],
  ['star', words.placeKinds.battle],
  ['triangle', words.placeKinds.mountains],
  ['diamond', words.lakeRiverRegion],
];

function legendItems({ points }: MapLayout, frame: MapFrame, highlight: boolean, words: Words): LegendItem[] {
  const r = frame.markerRadius;
  const used = new Set(points.map((p) => kindShape[p.place.kind ?? 'other']));
  const items: LegendItem[] = shapeNames(words)
    .filter(([shape]) => used.has(shape))
    .map(([shape, text]) => ({ symbol: (x, y) => marker(x, y, { shape, colour: ink, radius: r }), text }));
  if (points.some((p) => p.place.approximate)) {
    items.push({ symbol: (x, y) => marker(x, y, { shape: 'circle', colour: ink, radius: r, hollow: true }), text: words.approximatePosition });
  }
  if (highlight) items.push({ symbol: (x, y) => marker(x, y, { shape: 'circle', colour: accent, radius: r + 1 }), text: words.inThisChapter });
  return items;
}
