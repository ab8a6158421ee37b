/**
 * A line cut down to the runs of segments that may reach the frame, each run a line of its own
 * that keeps the vertices at both ends. Eurasia's coastline is one line of 10,282 vertices, of
 * which a map of southern Siberia shows none; a polygon cannot be cut so (its winding decides what
 * d3 fills), but a line can, without changing a byte:
 *
 * - d3 resamples each segment from its two ends alone, so a run's segments come out the same;
 * - a dropped segment lies outside the visible region, so its end vertex `v`, where the next run
 *   starts, projects outside the frame: d3's rectangle clip was "outside" at `v` in the whole line
 *   too, and draws the run's first visible piece from the same points (starting with a moveTo, as
 *   after any re-entry), while the end of the previous run at `v` drew nothing;
 * - d3's antimeridian clip nudges a vertex that lies on the cut only when its segment crosses the
 *   cut, so segments that reach the cut are never dropped, and its state at `v` is `v` itself.
 */
import type { Position } from 'geojson';
import type { ArcTest } from './lon-lat-box.ts';

/** `mayShow` says whether a segment may be visible. */
export function visibleRuns(line: Position[], mayShow: ArcTest): Position[][] {
  if (line.length < 2) return [line];
  const runs: Position[][] = [];
  let start = -1;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const lon0 = a[0]!;
    const lat0 = a[1]!;
    const lon1 = b[0]!;
    const lat1 = b[1]!;
    const kept = mayShow(Math.min(lon0, lon1), Math.min(lat0, lat1), Math.max(lon0, lon1), Math.max(lat0, lat1), Math.abs(lon1 - lon0) + Math.abs(lat1 - lat0));
    if (kept && start < 0) start = i;
    if (!kept && start >= 0) {
      runs.push(line.slice(start, i + 1));
      start = -1;
    }
  }
  if (start === 0) return [line];
  if (start > 0) runs.push(line.slice(start));
  return runs;
}
