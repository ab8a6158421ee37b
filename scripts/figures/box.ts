/** Axis-aligned rectangles in SVG user units: label boxes, marker boxes and the viewBox. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function intersects(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Fixed formatting for coordinates, so the same layout always gives the same bytes. */
export function fmt(value: number): string {
  let text = value.toFixed(1);
  if (text.endsWith('.0')) text = text.slice(0, -2);
  return text === '-0' ? '0' : text;
}
