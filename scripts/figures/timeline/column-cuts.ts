/**
 * Cuts the tall timeline strip into columns for a landscape frame (a 1280×720 slide): the cuts fall
 * between two labels, where no event has its mark on one side and its label on the other and no
 * year label is cut through, and they are chosen to make the tallest column as short as possible
 * (a small dynamic programme).
 */
import type { Box } from '../box.ts';
import type { StripLayout } from './timeline-layout.ts';

/** The y ranges `[from, to)` of the strip that become the columns, top to bottom. */
export function columnCuts(strip: StripLayout, columns: number): Array<[number, number]> {
  const events = [...strip.events].sort((a, b) => a.box.y - b.box.y);
  const ticks = strip.segments.flatMap((s) => s.ticks.map((t) => t.box));
  const clean = (cut: number) => events.every((e) => (e.anchorY < cut) === (e.box.y < cut));
  const candidates: number[] = [];
  for (let i = 0; i + 1 < events.length; i++) {
    const gap: [number, number] = [events[i]!.box.y + events[i]!.box.height, events[i + 1]!.box.y];
    const cut = gapCut(gap, ticks, clean);
    if (cut !== undefined) candidates.push(cut);
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

/**
 * Where to cut in the gap between two labels: its middle when that is clean, else the middle of
 * the widest clean stretch between the year labels in it (the middle of a gap often falls on the
 * first year of the next stretch of the axis, whose label sits above that stretch's first event).
 */
function gapCut([top, bottom]: [number, number], ticks: readonly Box[], clean: (cut: number) => boolean): number | undefined {
  const clear = (y: number) => ticks.every((t) => t.y > y || t.y + t.height < y);
  const middle = (top + bottom) / 2;
  if (clean(middle) && clear(middle)) return middle;
  const edges = [top, bottom, ...ticks.flatMap((t) => [t.y, t.y + t.height]).filter((y) => y > top && y < bottom)].sort((a, b) => a - b);
  let best: { cut: number; width: number } | undefined;
  for (let i = 0; i + 1 < edges.length; i++) {
    const cut = (edges[i]! + edges[i + 1]!) / 2;
    const width = edges[i + 1]! - edges[i]!;
    if (width > 2 && clean(cut) && clear(cut) && (!best || width > best.width)) best = { cut, width };
  }
  return best?.cut;
}
