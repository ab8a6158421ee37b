/**
 * The lon/lat region a map's frame can show: the inverse image of the frame (grown by a margin)
 * under its conic projection. Parallels are circles around one centre and meridians rays from it,
 * so over a rectangle that does not hold that centre both latitude and longitude take their
 * extremes on the rectangle's border: inverting points along the border (every few pixels) gives
 * the region's box exactly, up to the sampling, which the margin covers many times over.
 *
 * Longitudes are relative to the projection's central meridian (after its rotation), because
 * d3-geo cuts the globe at the meridian opposite it. No region (undefined: keep everything) when
 * the frame reaches past the globe's image, comes near that cut or a pole, or holds the centre
 * (then its border runs all the way round, through the cut).
 */
import type { GeoProjection } from 'd3-geo';
import type { LonLatBox } from './lon-lat-box.ts';

/** Pixels around the frame that still count as visible: far more than d3's 0.3 px resampling. */
export const frameMargin = 16;
const sampleStep = 4;
/** Degrees kept clear of the cut and of the poles. */
const clearance = 1;

export function visibleRegion(projection: GeoProjection, width: number, height: number): LonLatBox | undefined {
  const invert = projection.invert?.bind(projection);
  if (!invert) return undefined;
  const rotation = projection.rotate()[0];
  const region: LonLatBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  let first: number | undefined;
  let last: number | undefined;
  for (const [x, y] of border(-frameMargin, -frameMargin, width + frameMargin, height + frameMargin)) {
    const point = invert([x, y]);
    if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return undefined;
    const lon = wrap(point[0] + rotation);
    const lat = point[1];
    // A jump between neighbouring samples is the border crossing the cut.
    if (last !== undefined && Math.abs(lon - last) > 180) return undefined;
    first ??= lon;
    last = lon;
    region.west = Math.min(region.west, lon);
    region.east = Math.max(region.east, lon);
    region.south = Math.min(region.south, lat);
    region.north = Math.max(region.north, lat);
  }
  if (first === undefined || last === undefined || Math.abs(first - last) > 180) return undefined;
  if (region.west <= -180 + clearance || region.east >= 180 - clearance) return undefined;
  if (region.south <= -90 + clearance || region.north >= 90 - clearance) return undefined;
  return region;
}

/**
 * Whether a box (true longitudes) may meet the region (longitudes about the centre). A box across
 * the cut is drawn by d3 as two pieces, one at each side of it, joined along the cut itself for a
 * polygon (which the region never reaches): either piece may meet it.
 */
export function meets(region: LonLatBox, box: LonLatBox, rotation: number): boolean {
  return meetsBounds(region, rotation, box.west, box.south, box.east, box.north);
}

export function meetsBounds(region: LonLatBox, rotation: number, west: number, south: number, east: number, north: number): boolean {
  if (south > region.north || north < region.south) return false;
  const turns = Math.floor((west + rotation + 180) / 360);
  const w = west + rotation - 360 * turns;
  const e = east + rotation - 360 * turns;
  return (w <= region.east && e >= region.west) || (e >= 180 && e - 360 >= region.west);
}

/** Whether longitudes from `west` to `east` (true longitudes) reach the cut, the meridian opposite the centre. */
export function reachesCut(rotation: number, west: number, east: number): boolean {
  return east + rotation - 360 * Math.floor((west + rotation + 180) / 360) >= 180;
}

function wrap(lon: number): number {
  return lon - 360 * Math.round(lon / 360);
}

/** Points round the rectangle's border, corners included, at most `sampleStep` apart. */
function* border(x0: number, y0: number, x1: number, y1: number): Generator<[number, number]> {
  const edges: Array<[number, number, number, number]> = [
    [x0, y0, x1, y0],
    [x1, y0, x1, y1],
    [x1, y1, x0, y1],
    [x0, y1, x0, y0],
  ];
  for (const [ax, ay, bx, by] of edges) {
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / sampleStep));
    for (let i = 0; i < steps; i++) yield [ax + ((bx - ax) * i) / steps, ay + ((by - ay) * i) / steps];
  }
}
