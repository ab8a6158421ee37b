/**
 * The map's geometry: an equal-area conic projection fitted to the places (standard parallels at
 * one sixth and five sixths of the latitude span, centred on the mean longitude: Snyder's rule of
 * thumb for a mid-latitude region wider than tall), the frame clipped to that extent with a
 * margin, and every place's marker and label. Computed before drawing, so tests check the boxes.
 */
import { geoConicEqualArea, geoPath, type GeoConicProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { Box } from '../box.ts';
import { placeLabels, type PlacedLabel } from '../label-layout.ts';
import type { Shape } from '../marker.ts';
import type { Place } from '../../manuscript/schema.ts';
import { ascent, descent, textWidth } from '../text-width.ts';

export interface MapFrame {
  width: number;
  /** Fixed for a slide; from the region's shape when absent. */
  mapHeight?: number;
  labelSize: number;
  legendSize: number;
  markerRadius: number;
  /** Base-map vertices closer than this (px) are dropped: the byte budget of a map is 60 KB. */
  minStep: number;
  /**
   * Marks carry numbers, and the names go in a numbered list under the map (map-svg.ts): in a
   * phone's column a region's names at the body's size crowd each other off the map.
   */
  numbered?: boolean;
}

export interface MapPoint {
  place: Place & { coords: [number, number] };
  x: number;
  y: number;
  shape: Shape;
  highlighted: boolean;
  label: PlacedLabel;
  /** What the label says: the place's name, or its number in a numbered map. */
  text: string;
  /** Baseline of the label's text. */
  baseline: number;
}

export interface MapLayout {
  projection: GeoConicProjection;
  width: number;
  mapHeight: number;
  points: MapPoint[];
}

export const kindShape: Record<NonNullable<Place['kind']> | 'other', Shape> = {
  settlement: 'circle',
  fort: 'square',
  battle: 'star',
  mountains: 'triangle',
  lake: 'diamond',
  river: 'diamond',
  region: 'diamond',
  other: 'circle',
};

export function layoutMap(places: readonly Place[], frame: MapFrame, highlighted: ReadonlySet<string> | undefined): MapLayout {
  const located = places.filter((p): p is Place & { coords: [number, number] } => p.coords !== undefined);
  const lats = located.map((p) => p.coords[0]);
  const lons = located.map((p) => p.coords[1]);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const padLat = Math.max(1, (north - south) * 0.08);
  const padLon = Math.max(1.5, (east - west) * 0.08);
  const span = north - south;
  const projection = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0])
    .precision(0.3);
  const outline = extentOutline(south - padLat, north + padLat, west - padLon, east + padLon);
  const inset = 8;
  let mapHeight = frame.mapHeight;
  if (mapHeight === undefined) {
    projection.fitWidth(frame.width - 2 * inset, outline);
    const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
    // A numbered map's list goes under it, so it may be no taller than wide (a phone's page holds both).
    mapHeight = Math.round(Math.min((frame.numbered ? 1 : 1.3) * frame.width, Math.max(0.6 * frame.width, y1 - y0 + 2 * inset)));
  }
  projection.fitExtent([[inset, inset], [frame.width - inset, mapHeight - inset]], outline);
  projection.clipExtent([[0, 0], [frame.width, mapHeight]]);

  // A numbered map counts its places from north to south, then west to east, as a reader scans it.
  const numbers = new Map([...located].sort((a, b) => b.coords[0] - a.coords[0] || a.coords[1] - b.coords[1]).map((place, i) => [place, String(i + 1)]));
  const sized = located.map((place) => {
    const [x, y] = projection([place.coords[1], place.coords[0]]) ?? [0, 0];
    const bold = (highlighted?.has(place.id) ?? false) || frame.numbered === true;
    const text = frame.numbered ? numbers.get(place)! : place.name;
    return { place, x, y, bold, text, width: textWidth(text, frame.labelSize, bold ? 'bold' : 'normal') };
  });
  // Crowded places choose first, so a close pair (Biysk, Bikatun) gets the two best spots.
  const crowding = (p: (typeof sized)[number]) => sized.filter((q) => q !== p && Math.hypot(q.x - p.x, q.y - p.y) < 60).length;
  const order = [...sized].sort((a, b) => Number(b.bold) - Number(a.bold) || crowding(b) - crowding(a) || (a.place.id < b.place.id ? -1 : 1));
  const height = (ascent + descent) * frame.labelSize;
  const bounds: Box = { x: 4, y: 4, width: frame.width - 8, height: mapHeight - 8 };
  const labels = placeLabels(
    order.map((p) => ({ id: p.place.id, x: p.x, y: p.y, radius: frame.markerRadius + 1, width: p.width, height })),
    bounds,
  );
  const labelOf = new Map(labels.map((l) => [l.id, l]));
  const points = sized.map(({ place, x, y, text }) => {
    const label = labelOf.get(place.id)!;
    return { place, x, y, shape: kindShape[place.kind ?? 'other'], highlighted: highlighted?.has(place.id) ?? false, label, text, baseline: label.box.y + ascent * frame.labelSize };
  });
  return { projection, width: frame.width, mapHeight, points };
}

/** The padded lat/lon box as points along its edges (a parallel is curved in a conic projection). */
function extentOutline(south: number, north: number, west: number, east: number): MultiPoint {
  const coordinates: Array<[number, number]> = [];
  for (let i = 0; i <= 20; i++) {
    const lon = west + ((east - west) * i) / 20;
    coordinates.push([lon, south], [lon, north]);
    const lat = south + ((north - south) * i) / 20;
    coordinates.push([west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}
