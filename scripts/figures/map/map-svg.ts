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
import { card, ink, muted } from '../palette.ts';
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

const water = '#6c93b0';
const accent = '#a3391b';

export function drawMap(layout: MapLayout, frame: MapFrame, highlight: boolean, words: Words): MapDrawing {
  const { projection, width, mapHeight, points } = layout;
  const base = basePaths(projection, width, mapHeight, frame.minStep);
  const children: Element[] = [
    s('rect', { x: '0', y: '0', width: fmt(width), height: fmt(mapHeight), fill: '#dce8ef' }),
    s('path', { d: base.land, fill: '#f1ede1' }),
    s('path', { d: base.graticule, fill: 'none', stroke: '#d6cfbd', strokeWidth: '0.6' }),
    s('path', { d: base.lakes, fill: '#c3d7e6', stroke: water, strokeWidth: '0.6' }),
    s('path', { d: base.rivers, fill: 'none', stroke: water, strokeWidth: '1', strokeLinejoin: 'round' }),
    s('path', { d: base.coastlines, fill: 'none', stroke: '#8d8776', strokeWidth: '0.6' }),
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
          fill: colour === accent ? '#8f3117' : colour,
          ...(point.highlighted ? { fontWeight: 'bold' } : {}),
          stroke: card,
          strokeWidth: '3',
          strokeLinejoin: 'round',
          paintOrder: 'stroke',
        },
        point.place.name,
      ),
    );
    textBoxes.push(box);
  }
  const stripTop = mapHeight + 10;
  const bar = scaleBar(projection, [width / 2, mapHeight / 2], 14, stripTop + 6, frame.legendSize, words);
  const key = legend(legendItems(layout, frame, highlight, words), 14 + bar.width + 24, stripTop, width - bar.width - 52, frame.legendSize);
  children.push(...bar.elements, ...key.elements);
  textBoxes.push(...bar.boxes, ...key.boxes);
  return { width, height: stripTop + Math.max(key.height, 24) + 8, children, textBoxes };
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
