/**
 * The timeline's geometry, computed before anything is drawn so that tests can check it: a vertical
 * strip (time runs down, as in a chronology) with the broken axis on the left, the years beside
 * it, and each event's label to the right, linked by a leader line to its mark on the axis. Labels
 * are stacked in reading order and pushed apart where they would touch (a one-dimensional
 * "dodge"), so they never overlap; each axis segment is made long enough for its labels.
 */
import type { Box } from '../box.ts';
import { gregorianToJdn, jdnToGregorian } from '../../dates/calendar.ts';
import { ascent, descent, textWidth, type FontWeight } from '../text-width.ts';
import { eventLabel, lineHeight } from './event-label.ts';
import { axisSegments, type Segment } from './axis-segments.ts';
import { anchorDay, monthScale } from './month-scale.ts';
import type { TimelineEvent } from './timeline-events.ts';

/** Sizes for one place the figure is shown: the book (page and EPUB) or a 1280×720 slide. */
export interface TimelineFrame {
  width: number;
  columns: number;
  titleSize: number;
  dateSize: number;
  yearSize: number;
  /** Titles longer than this many lines end in an ellipsis (the table has them whole). */
  maxTitleLines?: number;
  /**
   * The tallest a part of the timeline may be drawn where it is shown (the room a slide gives a
   * figure; an e-reader's page); a taller timeline is drawn in parts (`timeline-parts.ts`).
   */
  partHeight?: number;
  /** At most this many events a part. */
  partEvents?: number;
}

export interface LabelLine {
  text: string;
  /** Baseline. */
  y: number;
  size: number;
  weight: FontWeight;
}

export interface PlacedEvent {
  item: TimelineEvent;
  anchorY: number;
  /** x of the mark: the axis for a day, a lane beside it for a span (then drawn from `barY0` to `barY1`). */
  markX: number;
  bar: { y0: number; y1: number } | undefined;
  lines: LabelLine[];
  /** The label's box as `getBBox()` measures it (ascent to descent), at `labelX`. */
  box: Box;
}

export interface PlacedSegment {
  segment: Segment;
  y0: number;
  y1: number;
  ticks: Array<{ year: number; y: number; box: Box }>;
}

export interface StripLayout {
  axisX: number;
  labelX: number;
  columnWidth: number;
  height: number;
  events: PlacedEvent[];
  segments: PlacedSegment[];
}

const pad = 12;
const laneGap = 7;
const labelGap = 7;
const breakGap = 30;

export function layoutStrip(items: readonly TimelineEvent[], frame: TimelineFrame): StripLayout {
  const columnWidth = (frame.width - pad) / frame.columns;
  const axisX = pad + textWidth('0000', frame.yearSize) + 14;
  const lanes = assignLanes(items);
  const laneCount = Math.max(0, ...lanes.values());
  const labelX = axisX + laneGap * (laneCount + 1) + 12;
  const labelWidth = columnWidth - labelX - pad;
  const labels = new Map(items.map((item) => [item, eventLabel(item, labelWidth, frame)] as const));
  const order = new Map(items.map((item, index) => [item, index]));
  const events: PlacedEvent[] = [];
  const segments: PlacedSegment[] = [];
  let cursor = pad;
  for (const segment of axisSegments(items)) {
    const members = segment.events;
    const scale = monthScale(segment, members, (e) => labels.get(e)!.height + labelGap, frame.yearSize);
    const length = scale.length + labelGap;
    const y0 = cursor;
    const y1 = y0 + length;
    const yOf = (jdn: number) => y0 + labelGap / 2 + scale.at(jdn);
    const placed = members
      .map((item) => {
        const lane = lanes.get(item) ?? 0;
        const bar = lane > 0 ? { y0: yOf(item.start), y1: yOf(item.end + 1) } : undefined;
        return { item, anchorY: yOf(anchorDay(item)), markX: lane > 0 ? axisX + laneGap * lane : axisX, bar };
      })
      // Same place on the axis: in the order of `items` (date order, then the author's order).
      .sort((a, b) => a.anchorY - b.anchorY || order.get(a.item)! - order.get(b.item)!);
    const tops = dodge(
      placed.map((p) => ({ ideal: p.anchorY - 0.6 * frame.dateSize, height: labels.get(p.item)!.height })),
      y0 - 4,
      y1 + 4,
    );
    placed.forEach((p, i) => {
      const { lines, height } = labels.get(p.item)!;
      const top = tops[i]!;
      let baseline = top + ascent * (lines[0]?.size ?? frame.dateSize);
      const laid: LabelLine[] = lines.map((line, j) => {
        if (j > 0) baseline += lineHeight(line.size);
        return { ...line, y: baseline };
      });
      events.push({ ...p, lines: laid, box: { x: labelX, y: top, width: labels.get(p.item)!.width, height } });
    });
    segments.push({ segment, y0, y1, ticks: ticks(segment, yOf, axisX, frame.yearSize) });
    cursor = y1 + breakGap;
  }
  return { axisX, labelX, columnWidth, height: cursor - breakGap + pad, events, segments };
}

/** Spans (anything coarser than a day) get a lane beside the axis; overlapping spans, different lanes. */
function assignLanes(items: readonly TimelineEvent[]): Map<TimelineEvent, number> {
  const lanes = new Map<TimelineEvent, number>();
  const laneEnds: number[] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (item.end === item.start) continue;
    let lane = laneEnds.findIndex((end) => end + 30 < item.start);
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = item.end;
    lanes.set(item, lane + 1);
  }
  return lanes;
}

/**
 * Places boxes near their ideal tops without overlap, inside [min, max]: a forward pass pushes
 * each below its predecessor, a backward pass pulls the tail back above `max`.
 */
export function dodge(boxes: ReadonlyArray<{ ideal: number; height: number }>, min: number, max: number): number[] {
  const tops = boxes.map((b) => b.ideal);
  for (let i = 0; i < tops.length; i++) {
    const floor = i === 0 ? min : tops[i - 1]! + boxes[i - 1]!.height + labelGap;
    tops[i] = Math.max(tops[i]!, floor);
  }
  for (let i = tops.length - 1; i >= 0; i--) {
    const ceiling = i === tops.length - 1 ? max : tops[i + 1]! - labelGap;
    tops[i] = Math.min(tops[i]!, ceiling - boxes[i]!.height);
  }
  return tops;
}

const jan1 = (year: number) => gregorianToJdn({ year, month: 1, day: 1 });

/**
 * Year ticks, as many as have room (labels at least 1.6 em apart): first the years the segment's
 * events fall in, the busiest first, so that events have their year on the axis beside them, then
 * the segment's first year, then the other years wherever they fit between.
 */
function ticks(segment: Segment, yOf: (jdn: number) => number, axisX: number, size: number): PlacedSegment['ticks'] {
  const counts = new Map<number, number>();
  for (const e of segment.events) {
    const year = jdnToGregorian(Math.floor(anchorDay(e))).year;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const rank = (year: number) => (counts.has(year) ? -counts.get(year)! : year === segment.fromYear ? 0 : 1);
  const years = Array.from({ length: segment.toYear - segment.fromYear }, (_, i) => segment.fromYear + i).sort((a, b) => rank(a) - rank(b) || a - b);
  const chosen: Array<{ year: number; y: number }> = [];
  for (const year of years) {
    const y = yOf(jan1(year));
    if (chosen.every((c) => Math.abs(c.y - y) >= size * 1.6)) chosen.push({ year, y });
  }
  return chosen
    .sort((a, b) => a.y - b.y)
    .map(({ year, y }) => {
      const width = textWidth(String(year), size);
      return { year, y, box: { x: axisX - 10 - width, y: y + 0.35 * size - ascent * size, width, height: (ascent + descent) * size } };
    });
}
