/**
 * A box in longitude and latitude (degrees) that surely holds a chain of vertices AND the
 * great-circle arcs d3-geo draws between them (it resamples along great circles, and an arc between
 * two points on a parallel bulges poleward, outside the box of its ends). The rule: a point of an
 * arc of length L lies within L/2 of one of its ends, so its latitude within L/2 of that end's; and
 * when both stay within latitude φ* of the Equator, haversines give sin(Δλ/2) ≤ sin(d/2) / cos φ*
 * for its longitude. L is bounded above by |Δλ| + |Δφ| (the geodesic is no longer than the
 * lon/lat staircase), which costs no trigonometry per vertex. No box (undefined) when the chain may
 * reach a pole or wrap the globe in longitude: such a part is always kept.
 */
import type { Position } from 'geojson';

export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The running extremes of a chain's vertices, and its longest step as |Δλ| + |Δφ| (degrees). */
export interface VertexExtent extends LonLatBox {
  step: number;
}

export const emptyExtent = (): VertexExtent => ({ west: Infinity, south: Infinity, east: -Infinity, north: -Infinity, step: 0 });

export function addExtent(into: VertexExtent, other: VertexExtent): void {
  into.west = Math.min(into.west, other.west);
  into.south = Math.min(into.south, other.south);
  into.east = Math.max(into.east, other.east);
  into.north = Math.max(into.north, other.north);
  into.step = Math.max(into.step, other.step);
}

export function vertexExtent(points: readonly Position[]): VertexExtent {
  const extent = emptyExtent();
  let previous: Position | undefined;
  for (const point of points) {
    const [lon, lat] = point as [number, number];
    extent.west = Math.min(extent.west, lon);
    extent.east = Math.max(extent.east, lon);
    extent.south = Math.min(extent.south, lat);
    extent.north = Math.max(extent.north, lat);
    if (previous) extent.step = Math.max(extent.step, Math.abs(lon - previous[0]!) + Math.abs(lat - previous[1]!));
    previous = point;
  }
  return extent;
}

/** Stay this far (degrees) from a pole: near one, longitudes say nothing about where a point is. */
const polarCap = 1;
const radians = Math.PI / 180;

export function arcBox(extent: VertexExtent): LonLatBox | undefined {
  return boxAround(extent.west, extent.south, extent.east, extent.north, extent.step);
}

/** `arcBox` from plain numbers. */
export function boxAround(west: number, south: number, east: number, north: number, step: number): LonLatBox | undefined {
  const lonPad = lonPadding(west, south, east, north, step);
  if (Number.isNaN(lonPad)) return undefined;
  return { west: west - lonPad, south: south - step / 2, east: east + lonPad, north: north + step / 2 };
}

/**
 * How far (degrees) the arcs may stray in longitude beyond their vertices; NaN when there is no
 * box. In numbers, not objects: it runs once per vertex, and allocating there fed the collector.
 */
export function lonPadding(west: number, south: number, east: number, north: number, step: number): number {
  if (!(west <= east)) return NaN;
  const halfArc = step / 2;
  const maxLat = Math.max(Math.abs(south - halfArc), Math.abs(north + halfArc));
  if (maxLat >= 90 - polarCap) return NaN;
  const sine = Math.sin((halfArc / 2) * radians) / Math.cos(maxLat * radians);
  if (sine >= 1) return NaN;
  const lonPad = (2 * Math.asin(sine)) / radians;
  return east - west + 2 * lonPad >= 360 ? NaN : lonPad;
}

/** Whether the arcs through vertices within these bounds, none longer than `step`, may be seen. */
export type ArcTest = (west: number, south: number, east: number, north: number, step: number) => boolean;
