/**
 * The path data of the map's base (land, graticule, lakes, rivers, coastlines) for one projection
 * and frame, from only the parts that can reach the frame (`visible-base.ts`). For the flagship's
 * book map that is about 4,300 of the world's 127,000 vertices; d3 used to resample, project and
 * clip them all, for every map.
 *
 * Memoised by everything the paths depend on (projection parameters, frame, vertex step): the
 * book's map and its chapter maps share one, and so does every rebuild in `triptych dev`.
 */
import type { GeoConicProjection, GeoPermissibleObjects } from 'd3-geo';
import type { Geometry, GeometryCollection } from 'geojson';
import { pathData } from './path-data.ts';
import { visibleBase, type BaseLayer } from './visible-base.ts';

export type BasePaths = Record<BaseLayer, string>;

/** Enough for the book, slide and chapter layouts of a manuscript or two (dev, tests). */
const capacity = 8;
const memo = new Map<string, BasePaths>();

export function basePaths(projection: GeoConicProjection, width: number, height: number, minStep: number): BasePaths {
  const key = JSON.stringify([
    projection.scale(),
    projection.translate(),
    projection.rotate(),
    projection.center(),
    projection.parallels(),
    projection.precision(),
    projection.clipExtent(),
    projection.clipAngle(),
    width,
    height,
    minStep,
  ]);
  const known = memo.get(key);
  if (known) return known;
  const base = visibleBase(projection, width, height);
  const draw = (geometries: Geometry[], step = minStep) => pathData(projection, collection(geometries), step);
  const paths: BasePaths = { land: draw(base.land), graticule: draw(base.graticule, 2), lakes: draw(base.lakes), rivers: draw(base.rivers), coastlines: draw(base.coastlines) };
  if (memo.size >= capacity) memo.delete(memo.keys().next().value!);
  memo.set(key, paths);
  return paths;
}

const collection = (geometries: Geometry[]): GeometryCollection & GeoPermissibleObjects => ({ type: 'GeometryCollection', geometries });
