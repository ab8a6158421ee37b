/**
 * A polygon ring with its hidden stretches replaced by shortcuts: a run of vertices whose box,
 * together with the great-circle chord from its first to its last vertex, is `hidden` (lies
 * outside the visible region, clear of the cut and the poles: not `mayShow`) becomes that chord. Eurasia is one
 * ring of 10,671 vertices; a map of southern Siberia sees a few hundred of them.
 *
 * Why the bytes cannot change: the stretch and its chord form a loop inside a lon/lat box that
 * holds neither a pole, nor the cut, nor any point of the frame. So d3's antimeridian clip sees the
 * same crossings of the cut and the same winding about the pole (whether the ring holds the
 * globe's outside), its rectangle clip the same winding about the frame's corner (whether the
 * ring holds the whole frame), and the visible pieces are the same segments, resampled from the
 * same ends. The ring's first and last vertex stay, so do the ends of every stretch.
 */
import type { Position } from 'geojson';
import type { ArcTest } from './lon-lat-box.ts';

export function shortcutRing(ring: Position[], mayShow: ArcTest): Position[] {
  const last = ring.length - 1;
  const out: Position[] = [ring[0]!];
  let i = 0;
  while (i < last) {
    // Plain indexing, no destructuring: this loop runs once per vertex, mostly before V8 optimises it.
    const first = ring[i]!;
    const lon0 = first[0]!;
    const lat0 = first[1]!;
    let west = lon0;
    let east = lon0;
    let south = lat0;
    let north = lat0;
    let step = 0;
    let lonPrev = lon0;
    let latPrev = lat0;
    let end = i;
    for (let k = i + 1; k <= last; k++) {
      const point = ring[k]!;
      const lon = point[0]!;
      const lat = point[1]!;
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      step = Math.max(step, Math.abs(lon - lonPrev) + Math.abs(lat - latPrev), Math.abs(lon - lon0) + Math.abs(lat - lat0));
      lonPrev = lon;
      latPrev = lat;
      if (mayShow(west, south, east, north, step)) break;
      end = k;
    }
    const next = end > i + 1 ? end : i + 1;
    out.push(ring[next]!);
    i = next;
  }
  return out;
}
