/**
 * The parts of the map's base (and of the 5° graticule) that can reach a projected frame, in the
 * layer's order: a part whose box misses the visible region is dropped, a line is cut down to its
 * visible runs (`visible-runs.ts`), a polygon ring gets shortcuts over its hidden stretches
 * (`ring-shortcuts.ts`). Drawn through the same projection, they give the same path data as the
 * whole world, byte for byte (`tests/figures-prefilter.test.ts` compares them).
 */
import { geoGraticule, type GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { arcBox, lonPadding, vertexExtent, type ArcTest, type LonLatBox } from './lon-lat-box.ts';
import { layerNames, mapBase, partGeometry, type LayerName } from './map-base.ts';
import { shortcutRing } from './ring-shortcuts.ts';
import { meets, meetsBounds, reachesCut, visibleRegion } from './visible-region.ts';
import { visibleRuns } from './visible-runs.ts';

export type BaseLayer = LayerName | 'graticule';

export function visibleBase(projection: GeoProjection, width: number, height: number): Record<BaseLayer, Geometry[]> {
  const region = visibleRegion(projection, width, height);
  const rotation = projection.rotate()[0];
  // `geometry` is asked for only when the box may meet the frame: most of the world's parts are
  // never turned into coordinates (partGeometry decodes on first use).
  const visible = (geometryOf: () => Geometry, box: LonLatBox | undefined): Geometry[] => {
    if (!region) return [geometryOf()];
    if (box && !meets(region, box, rotation)) return [];
    const geometry = geometryOf();
    // A piece that reaches the cut is never dropped or shortened (see `visible-runs.ts`).
    const mayShow: ArcTest = (west, south, east, north, step) => {
      const lonPad = lonPadding(west, south, east, north, step);
      if (Number.isNaN(lonPad)) return true;
      const w = west - lonPad;
      const e = east + lonPad;
      return reachesCut(rotation, w, e) || meetsBounds(region, rotation, w, south - step / 2, e, north + step / 2);
    };
    if (geometry.type === 'LineString') return visibleRuns(geometry.coordinates, mayShow).map((coordinates): Geometry => ({ type: 'LineString', coordinates }));
    if (geometry.type === 'Polygon') return [{ type: 'Polygon', coordinates: geometry.coordinates.map((ring) => shortcutRing(ring, mayShow)) }];
    return [geometry];
  };
  const base = mapBase();
  const layers = Object.fromEntries(layerNames.map((name) => [name, base.layers[name].flatMap((part) => visible(() => partGeometry(base, part), part.box))]));
  return { ...(layers as Record<LayerName, Geometry[]>), graticule: graticuleLines().flatMap((line) => visible(() => line.geometry, line.box)) };
}

let graticule: Array<{ geometry: Geometry; box: LonLatBox | undefined }> | undefined;

/** The 5° graticule's lines one by one (d3 streams a MultiLineString as its lines in order). */
function graticuleLines() {
  graticule ??= geoGraticule()
    .step([5, 5])()
    .coordinates.map((coordinates) => ({ geometry: { type: 'LineString', coordinates }, box: arcBox(vertexExtent(coordinates)) }));
  return graticule;
}
