/**
 * Reads a quantised TopoJSON file with its arcs in two typed arrays instead of 250,000 little JS
 * arrays. `JSON.parse` of `world_50m.json` made a heap of them that lived as long as the process:
 * every garbage collection after it copied or marked them again (scavenges of 50–200 ms on this
 * machine, wherever the build happened to allocate next). The small `objects` part still goes
 * through `JSON.parse`; the arcs are scanned byte by byte (integers only, which quantisation
 * guarantees). `decodeLine` and `decodeRing` give the same coordinates as `topojson-client`'s
 * `feature` (the same arithmetic, in the same order), which the prefilter test checks.
 */
import type { Position } from 'geojson';
import type { GeometryObject, Transform } from 'topojson-specification';

export interface CompactTopology {
  objects: Record<string, GeometryObject>;
  transform: Transform;
  /** Arc `i` is positions `start[i]` up to `start[i + 1]`. */
  start: Int32Array;
  /** Quantised deltas, x and y interleaved: position `p` is at `2p`, `2p + 1`. */
  deltas: Int32Array;
}

export function readTopology(bytes: Uint8Array, name: string): CompactTopology {
  const spans = topLevelSpans(bytes);
  const text = (key: string) => {
    const span = spans.get(key);
    if (!span) throw new Error(`\`${name}\` has no top-level \`${key}\``);
    return new TextDecoder().decode(bytes.subarray(span[0], span[1]));
  };
  const transform = JSON.parse(text('transform')) as Transform;
  const objects = JSON.parse(text('objects')) as Record<string, GeometryObject>;
  const [from, to] = spans.get('arcs') ?? [0, 0];
  const deltas = new Int32Array(Math.ceil((to - from) / 2));
  const start: number[] = [];
  let depth = 0;
  let positions = 0;
  let coordinate = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c === 0x5b /* [ */) {
      depth++;
      if (depth === 2) start.push(positions);
      coordinate = 0;
    } else if (c === 0x5d /* ] */) {
      if (depth === 3) positions++;
      depth--;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const negative = c === 0x2d;
      let value = 0;
      let j = negative ? i + 1 : i;
      for (; j < to && bytes[j]! >= 0x30 && bytes[j]! <= 0x39; j++) value = value * 10 + bytes[j]! - 0x30;
      const next = bytes[j];
      if (next === 0x2e || next === 0x65 || next === 0x45) throw new Error(`\`${name}\` has unquantised arcs; expected integers`);
      if (coordinate < 2) deltas[2 * positions + coordinate] = negative ? -value : value;
      coordinate++;
      i = j - 1;
    }
  }
  start.push(positions);
  return { objects, transform, start: Int32Array.from(start), deltas: deltas.subarray(0, 2 * positions) };
}

/** The points of a chain of arcs, as topojson-client's `feature` gives a LineString. */
export function decodeLine(topology: CompactTopology, arcs: readonly number[]): Position[] {
  const points: Position[] = [];
  for (const arc of arcs) decodeArc(topology, arc, points);
  if (points.length < 2) points.push(points[0]!);
  return points;
}

/** The points of a ring, as topojson-client's `feature` gives a Polygon's ring. */
export function decodeRing(topology: CompactTopology, arcs: readonly number[]): Position[] {
  const points = decodeLine(topology, arcs);
  while (points.length < 4) points.push(points[0]!);
  return points;
}

function decodeArc({ start, deltas, transform }: CompactTopology, index: number, points: Position[]): void {
  const arc = index < 0 ? ~index : index;
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  if (points.length) points.pop();
  let x = 0;
  let y = 0;
  for (let p = start[arc]!; p < start[arc + 1]!; p++) {
    x += deltas[2 * p]!;
    y += deltas[2 * p + 1]!;
    points.push([x * kx + dx, y * ky + dy]);
  }
  if (index < 0) {
    for (let i = points.length - (start[arc + 1]! - start[arc]!), j = points.length - 1; i < j; i++, j--) [points[i], points[j]] = [points[j]!, points[i]!];
  }
}

/** Where the value of each top-level key starts and ends, skipping strings and nesting. */
function topLevelSpans(bytes: Uint8Array): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  let depth = 0;
  let key: string | undefined;
  let valueStart = -1;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (bytes[j] !== 0x22) j += bytes[j] === 0x5c /* \ */ ? 2 : 1;
      if (depth === 1 && valueStart < 0) key = JSON.parse(new TextDecoder().decode(bytes.subarray(i, j + 1))) as string;
      i = j;
    } else if (c === 0x3a /* : */ && depth === 1 && valueStart < 0) {
      valueStart = i + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */ || c === 0x2c /* , */) {
      if (c !== 0x2c) depth--;
      if (depth <= 1 && (c === 0x2c ? depth === 1 : depth === 0) && valueStart >= 0 && key !== undefined) {
        spans.set(key, [valueStart, i]);
        valueStart = -1;
      }
    }
  }
  return spans;
}
