/**
 * SVG path data from GeoJSON through a d3-geo projection, written compactly and deterministically:
 * one decimal, and a point closer than `minStep` pixels to the last one dropped (a 1:50m river at
 * page size carries many more vertices than the eye can see; this keeps the map under 60 KB).
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { fmt } from '../box.ts';

export function pathData(projection: GeoProjection, object: GeoPermissibleObjects, minStep = 0.9): string {
  let out = '';
  let lastX = NaN;
  let lastY = NaN;
  let pending = '';
  const context = {
    moveTo(x: number, y: number) {
      out += pending;
      pending = '';
      out += `M${fmt(x)} ${fmt(y)}`;
      lastX = x;
      lastY = y;
    },
    lineTo(x: number, y: number) {
      if (Math.hypot(x - lastX, y - lastY) < minStep) {
        // Remember the skipped point: a line's last vertex is drawn even when close.
        pending = `L${fmt(x)} ${fmt(y)}`;
        return;
      }
      pending = '';
      out += `L${fmt(x)} ${fmt(y)}`;
      lastX = x;
      lastY = y;
    },
    closePath() {
      pending = '';
      out += 'Z';
    },
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context).pointRadius(0)(object);
  return out + pending;
}
