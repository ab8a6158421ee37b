/**
 * Cuts the tall timeline strip into columns for a landscape frame (a 1280×720 slide): the cuts fall
 * between two labels, where no event has its mark on one side and its label on the other, and
 * they are chosen to make the tallest column as short as possible (a small dynamic programme).
 */
import type { StripLayout } from './timeline-layout.ts';

/** The y ranges `[from, to)` of the strip that become the columns, top to bottom. */
export function columnCuts(strip: StripLayout, columns: number): Array<[number, number]> {
  const events = [...strip.events].sort((a, b) => a.box.y - b.box.y);
  const candidates: number[] = [];
  for (let i = 0; i + 1 < events.length; i++) {
    const above = events[i]!;
    const below = events[i + 1]!;
    const cut = (above.box.y + above.box.height + below.box.y) / 2;
    const clean = events.every((e) => (e.anchorY < cut) === (e.box.y < cut));
    const clearOfTicks = strip.segments.every((s) => s.ticks.every((t) => t.box.y > cut || t.box.y + t.box.height < cut));
    if (clean && clearOfTicks) candidates.push(cut);
  }
  const points = [0, ...candidates, strip.height];
  const n = points.length - 1;
  const k = Math.max(1, Math.min(columns, n));
  // best[c][j]: the least tallest column when the first j intervals fill c columns.
  const best: number[][] = Array.from({ length: k + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let c = 1; c <= k; c++) {
    for (let j = 1; j <= n; j++) {
      for (let i = c - 1; i < j; i++) {
        const value = Math.max(best[c - 1]![i]!, points[j]! - points[i]!);
        if (value < best[c]![j]!) {
          best[c]![j] = value;
          from[c]![j] = i;
        }
      }
    }
  }
  const ranges: Array<[number, number]> = [];
  for (let c = k, j = n; c > 0; c--) {
    const i = from[c]![j]!;
    ranges.unshift([points[i]!, points[j]!]);
    j = i;
  }
  return ranges;
}
