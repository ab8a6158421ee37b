/**
 * Draws the timeline: a legend, then the strip (cut into columns for a slide), each column with
 * its part of the broken axis, year ticks, marks (shape by side; hollow when approximate; a bar
 * for a span) and labels with leader lines. Coordinates are absolute (no transforms), so the
 * boxes the layout computes are the boxes a browser measures.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { Box } from '../box.ts';
import { fmt } from '../box.ts';
import { legend, type Legend, type LegendItem } from '../legend.ts';
import { marker } from '../marker.ts';
import { faint, muted, rule, sideStyle } from '../palette.ts';
import { columnCuts } from './column-cuts.ts';
import type { TimelineEvent } from './timeline-events.ts';
import { layoutStrip, type PlacedEvent, type StripLayout, type TimelineFrame } from './timeline-layout.ts';
import type { Words } from '../../i18n/words.ts';

export interface TimelineDrawing {
  width: number;
  height: number;
  children: Element[];
  /** Every text's box, in the SVG's coordinates. */
  textBoxes: Box[];
}

/** One part of a timeline drawn in parts (`drawTimelineParts`): its events and its name. */
export interface TimelinePart {
  items: TimelineEvent[];
  title: string;
}

const markRadius = 4.5;
/** Below the lowest column. */
const bottomMargin = 12;

export function drawTimeline(items: readonly TimelineEvent[], frame: TimelineFrame, words: Words): TimelineDrawing {
  const key = timelineKey(items, frame, words);
  const top = keyHeight(key);
  const strip = layoutStrip(items, frame);
  const body = drawStrip(strip, frame, columnCuts(strip, frame.columns), top);
  return { width: frame.width, height: body.bottom + bottomMargin, children: [...key.elements, ...body.children], textBoxes: [...key.boxes, ...body.textBoxes] };
}

/**
 * A timeline in parts, one under the other below one key: each part's events laid out on their
 * own (their own broken axis, starting at a year tick), in a band
 * `<g data-part-band="<top> <bottom>" data-part-title="…">`. On a page that scrolls the bands read
 * as one figure; a paginated format shows each band as an image of its own, the first under the
 * key (figures/svg-parts.ts).
 */
export function drawTimelineParts(parts: readonly TimelinePart[], frame: TimelineFrame, words: Words): TimelineDrawing {
  const key = timelineKey(parts.flatMap((part) => part.items), frame, words);
  let top = keyHeight(key);
  // A rule under the key and at the top of every later part: the parts read as parts (each axis
  // starts afresh, so a year may show twice), and in a part shown alone the two rules coincide.
  const rule = (y: number) => s('line', { x1: '12', y1: fmt(y), x2: fmt(frame.width - 12), y2: fmt(y), stroke: faint });
  const children: Element[] = [...key.elements, rule(top)];
  const textBoxes: Box[] = [...key.boxes];
  for (const [index, part] of parts.entries()) {
    const strip = layoutStrip(part.items, frame);
    const body = drawStrip(strip, frame, columnCuts(strip, frame.columns), top);
    const bottom = body.bottom + bottomMargin;
    children.push(s('g', { dataPartBand: `${fmt(top)} ${fmt(bottom)}`, dataPartTitle: part.title }, [...(index > 0 ? [rule(top)] : []), ...body.children]));
    textBoxes.push(...body.textBoxes);
    top = bottom;
  }
  return { width: frame.width, height: top, children, textBoxes };
}

/**
 * How tall `items` are drawn as one part: with their own key, below a `key` shared by every part
 * (the book's first part), or with none (`null`: a later part of the book's, shown alone without
 * the key, svg-parts.ts). What `timeline-parts.ts` weighs when it cuts a timeline into parts.
 */
export function partHeight(items: readonly TimelineEvent[], frame: TimelineFrame, words: Words, key?: Legend | null): number {
  const strip = layoutStrip(items, frame);
  const tallest = Math.max(0, ...columnCuts(strip, frame.columns).map(([from, to]) => to - from));
  const head = key === null ? 0 : key ? keyHeight(key) : ownKeyHeight(items, frame, words);
  return head + tallest + bottomMargin;
}

/** The height of `items`' own key, kept per frame and set of entries (a handful in any book). */
const keyHeights = new WeakMap<TimelineFrame, Map<string, number>>();
function ownKeyHeight(items: readonly TimelineEvent[], frame: TimelineFrame, words: Words): number {
  const entries = legendItems(items, words).map((item) => item.text).join('\n');
  let known = keyHeights.get(frame);
  if (!known) keyHeights.set(frame, (known = new Map()));
  let height = known.get(entries);
  if (height === undefined) known.set(entries, (height = keyHeight(timelineKey(items, frame, words))));
  return height;
}

export function timelineKey(items: readonly TimelineEvent[], frame: TimelineFrame, words: Words): Legend {
  return legend(legendItems(items, words), 12, 10, frame.width - 24, frame.dateSize);
}

const keyHeight = (key: Legend) => 10 + key.height + 6;

/** The strip's columns side by side, their tops at `top`; `bottom` is the lowest column's end. */
function drawStrip(strip: StripLayout, frame: TimelineFrame, cuts: Array<[number, number]>, top: number): { children: Element[]; textBoxes: Box[]; bottom: number } {
  const children: Element[] = [];
  const textBoxes: Box[] = [];
  let bottom = top;
  cuts.forEach(([from, to], column) => {
    const dx = 6 + column * strip.columnWidth;
    const dy = top - from;
    const X = (x: number) => fmt(x + dx);
    const Y = (y: number) => fmt(y + dy);
    bottom = Math.max(bottom, top + to - from);
    if (column > 0) children.push(s('line', { x1: X(0), y1: Y(from + 8), x2: X(0), y2: Y(to - 8), stroke: faint }));
    for (const { y0, y1, ticks } of strip.segments) {
      const a = Math.max(y0, from);
      const b = Math.min(y1, to);
      if (a < b) children.push(s('line', { x1: X(strip.axisX), y1: Y(a), x2: X(strip.axisX), y2: Y(b), stroke: rule, strokeWidth: '1.5' }));
      // A break: the axis resumes after a gap in time that is not drawn to scale.
      if (y0 > from + 20 && y0 <= to && y0 > 20) children.push(breakMark(strip.axisX + dx, y0 + dy - 15));
      for (const tick of ticks) {
        if (tick.box.y < from || tick.box.y + tick.box.height > to) continue;
        children.push(
          s('line', { x1: X(strip.axisX - 5), y1: Y(tick.y), x2: X(strip.axisX), y2: Y(tick.y), stroke: rule }),
          s('text', { x: X(strip.axisX - 10), y: Y(tick.y + 0.35 * frame.yearSize), fontSize: fmt(frame.yearSize), textAnchor: 'end', fill: muted }, String(tick.year)),
        );
        textBoxes.push({ ...tick.box, x: tick.box.x + dx, y: tick.box.y + dy });
      }
    }
    for (const placed of strip.events) {
      if (placed.box.y < from || placed.box.y >= to) continue;
      children.push(...drawEvent(placed, strip.labelX, dx, dy, [from, to]));
      textBoxes.push({ ...placed.box, x: placed.box.x + dx, y: placed.box.y + dy });
    }
  });
  return { children, textBoxes, bottom };
}

function drawEvent(placed: PlacedEvent, labelX: number, dx: number, dy: number, [from, to]: [number, number]): Element[] {
  const { item, anchorY, markX, bar, lines } = placed;
  const style = sideStyle(item.event.side);
  const out: Element[] = [];
  if (bar) {
    // A span that runs on past the column's cut is drawn up to the cut only.
    const y0 = Math.max(bar.y0, from);
    const y1 = Math.min(Math.max(bar.y1, bar.y0 + 2), to);
    out.push(s('line', { x1: fmt(markX + dx), y1: fmt(y0 + dy), x2: fmt(markX + dx), y2: fmt(y1 + dy), stroke: style.colour, strokeWidth: '3', strokeOpacity: '0.6', strokeLinecap: 'round' }));
  }
  const first = lines[0]!;
  const leadY = first.y - 0.35 * first.size;
  out.push(
    s('polyline', {
      points: `${fmt(markX + markRadius + 1 + dx)},${fmt(anchorY + dy)} ${fmt(labelX - 12 + dx)},${fmt(anchorY + dy)} ${fmt(labelX - 3 + dx)},${fmt(leadY + dy)}`,
      fill: 'none',
      stroke: muted,
      strokeWidth: '0.8',
    }),
    marker(markX + dx, anchorY + dy, { shape: style.shape, colour: style.colour, radius: markRadius, hollow: item.hollow }),
    s(
      'text',
      { x: fmt(labelX + dx), y: fmt(first.y + dy), fontSize: fmt(first.size) },
      lines.map((line) =>
        s('tspan', { x: fmt(labelX + dx), y: fmt(line.y + dy), fontSize: fmt(line.size), ...(line.weight === 'bold' ? { fontWeight: 'bold', fill: style.colour } : {}) }, line.text),
      ),
    ),
  );
  return out;
}

function breakMark(x: number, y: number): Element {
  return s('path', { d: `M${fmt(x)} ${fmt(y - 9)}L${fmt(x)} ${fmt(y - 5)}L${fmt(x - 4)} ${fmt(y - 2)}L${fmt(x + 4)} ${fmt(y + 2)}L${fmt(x)} ${fmt(y + 5)}L${fmt(x)} ${fmt(y + 9)}`, fill: 'none', stroke: rule, strokeWidth: '1.5' });
}

function legendItems(items: readonly TimelineEvent[], words: Words): LegendItem[] {
  const sides = new Map(items.map((i) => [i.event.side, i.sideLabel]));
  const out: LegendItem[] = [...sides].sort(([, a], [, b]) => a.localeCompare(b, words.locale)).map(([side, label]) => {
    const style = sideStyle(side);
    return { symbol: (x, y) => marker(x, y, { shape: style.shape, colour: style.colour, radius: markRadius }), text: label };
  });
  if (items.some((i) => i.hollow)) out.push({ symbol: (x, y) => marker(x, y, { shape: 'circle', colour: muted, radius: markRadius, hollow: true }), text: words.approximateOrUncertain });
  if (items.some((i) => i.end > i.start)) {
    out.push({ symbol: (x, y) => s('line', { x1: fmt(x), y1: fmt(y - 7), x2: fmt(x), y2: fmt(y + 7), stroke: muted, strokeWidth: '3', strokeOpacity: '0.6', strokeLinecap: 'round' }), text: words.spanKey });
  }
  out.push({ symbol: (x, y) => breakMark(x, y), text: words.axisBreak });
  return out;
}
