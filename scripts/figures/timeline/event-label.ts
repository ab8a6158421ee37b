/**
 * An event's label as the timeline prints it: its date (bold), then its title, wrapped to the
 * column; on a slide a title longer than `maxTitleLines` ends in an ellipsis (the table has it whole).
 */
import { ascent, descent, textWidth, wrapText } from '../text-width.ts';
import type { TimelineEvent } from './timeline-events.ts';
import type { LabelLine, TimelineFrame } from './timeline-layout.ts';

export interface EventLabel {
  lines: Array<Omit<LabelLine, 'y'>>;
  /** The widest line's width, and from the first line's ascent to the last line's descent, as getBBox() measures a <text>. */
  width: number;
  height: number;
}

/**
 * An event's label (its date, then its title) wrapped to `width`. Kept per event, width and frame:
 * cutting a timeline into parts lays out every run of events that might make a part, and the same
 * event's label is wrapped the same way each time.
 */
const known = new WeakMap<TimelineEvent, Map<string, EventLabel>>();
export function eventLabel(item: TimelineEvent, width: number, frame: TimelineFrame): EventLabel {
  const key = `${width} ${frame.dateSize} ${frame.titleSize} ${frame.maxTitleLines ?? ''}`;
  const kept = known.get(item) ?? new Map<string, EventLabel>();
  known.set(item, kept);
  const found = kept.get(key);
  if (found) return found;
  const date = wrapText(item.label, width, frame.dateSize, 'bold').map((text) => ({ text, size: frame.dateSize, weight: 'bold' as const }));
  const title = clampLines(wrapText(item.event.title, width, frame.titleSize), frame.maxTitleLines, width, frame.titleSize).map((text) => ({ text, size: frame.titleSize, weight: 'normal' as const }));
  const lines = [...date, ...title];
  const height = ascent * lines[0]!.size + lines.slice(1).reduce((sum, l) => sum + lineHeight(l.size), 0) + descent * lines[lines.length - 1]!.size;
  const label = { lines, width: Math.max(...lines.map((l) => textWidth(l.text, l.size, l.weight))), height };
  kept.set(key, label);
  return label;
}

/** The distance between two baselines. */
export const lineHeight = (size: number) => size * 1.25;

function clampLines(lines: string[], max: number | undefined, width: number, size: number): string[] {
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]} ${lines[max]}`;
  while (last.includes(' ') && textWidth(`${last}…`, size) > width) last = last.slice(0, last.lastIndexOf(' '));
  kept[max - 1] = `${last.replace(/[,;:]$/, '')}…`;
  return kept;
}
