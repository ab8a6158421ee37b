/**
 * Point labels that never overlap: a greedy placement (after Imhof's rules of preference: right of
 * the point, then left, above, below, then the diagonals). Each label takes the first candidate
 * that stays inside the bounds and touches no placed label and no marker; a label with no free
 * spot next to its point moves outwards, on a leader line, until one is found.
 */
import { contains, intersects, type Box } from './box.ts';

export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  /** The marker's half-size: labels keep clear of it. */
  radius: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** From the marker's edge to the label, when the label had to move away from its point. */
  leader: [number, number, number, number] | undefined;
}

const gap = 3;
const margin = 1.5;

export function placeLabels(requests: readonly LabelRequest[], bounds: Box, obstacles: readonly Box[] = []): PlacedLabel[] {
  const markers = requests.map((r) => ({ x: r.x - r.radius, y: r.y - r.radius, width: 2 * r.radius, height: 2 * r.radius }));
  const placed: PlacedLabel[] = [];
  const free = (box: Box) =>
    contains(bounds, box) &&
    !placed.some((p) => intersects(p.box, box, margin)) &&
    !markers.some((m) => intersects(m, box, 1)) &&
    !obstacles.some((o) => intersects(o, box, margin));
  for (const request of requests) {
    const near = nearCandidates(request).find(free);
    placed.push(near ? { id: request.id, box: near, leader: undefined } : farCandidate(request, free));
  }
  return placed;
}

function nearCandidates({ x, y, radius: r, width: w, height: h }: LabelRequest): Box[] {
  const d = r + gap;
  const centreY = y - h / 2;
  return [
    { x: x + d, y: centreY, width: w, height: h },
    { x: x - d - w, y: centreY, width: w, height: h },
    { x: x - w / 2, y: y - d - h, width: w, height: h },
    { x: x - w / 2, y: y + d, width: w, height: h },
    { x: x + d * 0.7, y: y - d * 0.7 - h, width: w, height: h },
    { x: x + d * 0.7, y: y + d * 0.7, width: w, height: h },
    { x: x - d * 0.7 - w, y: y - d * 0.7 - h, width: w, height: h },
    { x: x - d * 0.7 - w, y: y + d * 0.7, width: w, height: h },
  ];
}

function farCandidate(request: LabelRequest, free: (box: Box) => boolean): PlacedLabel {
  const { x, y, radius, width: w, height: h } = request;
  for (let step = 1; step <= 30; step++) {
    const distance = radius + gap + step * 6;
    for (let k = 0; k < 16; k++) {
      const angle = (Math.PI * 2 * k) / 16;
      const cx = x + Math.cos(angle) * distance;
      const cy = y + Math.sin(angle) * distance;
      // The label hangs off the end of the leader on the side it points to.
      const box = { x: Math.cos(angle) >= 0 ? cx : cx - w, y: cy - h / 2, width: w, height: h };
      if (free(box)) {
        const ex = x + Math.cos(angle) * (radius + 1);
        const ey = y + Math.sin(angle) * (radius + 1);
        return { id: request.id, box, leader: [ex, ey, cx, cy] };
      }
    }
  }
  // Nowhere free: keep the preferred spot; the layout tests report the overlap.
  return { id: request.id, box: nearCandidates(request)[0]!, leader: undefined };
}
