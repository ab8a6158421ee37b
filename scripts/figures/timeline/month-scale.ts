import { gregorianToJdn, jdnToGregorian } from '../../dates/calendar.ts';
import type { Segment } from './axis-segments.ts';
import type { TimelineEvent } from './timeline-events.ts';

/** The day a mark stands for: the middle of a span, the middle of a day. */
export const anchorDay = (item: TimelineEvent) => (item.start + item.end + 1) / 2;

/**
 * The scale inside one axis segment: piecewise linear by Gregorian month, each month as long as
 * the labels of the events it holds (an empty year gets a short minimum). So a crowded year (1716
 * in the flagship) opens up where its events are, and labels stay beside their marks instead of
 * drifting a decade away. Comparing lengths across years is not the point of this axis; order is.
 */
export function monthScale(segment: Segment, members: readonly TimelineEvent[], need: (e: TimelineEvent) => number, yearSize: number) {
  const count = (segment.toYear - segment.fromYear) * 12;
  const monthOf = (jdn: number) => {
    const { year, month } = jdnToGregorian(Math.floor(jdn));
    return (year - segment.fromYear) * 12 + month - 1;
  };
  const lengths = Array<number>(count).fill(0);
  for (const item of members) lengths[Math.min(count - 1, Math.max(0, monthOf(anchorDay(item))))]! += need(item);
  const sized = lengths.map((l) => Math.max((yearSize * 0.5) / 12, l));
  const offsets: number[] = [];
  let length = 0;
  for (const size of sized) {
    offsets.push(length);
    length += size;
  }
  return {
    length,
    at(jdn: number): number {
      const index = monthOf(jdn);
      if (index < 0) return 0;
      if (index >= count) return length;
      const year = segment.fromYear + Math.floor(index / 12);
      const month = (index % 12) + 1;
      const first = gregorianToJdn({ year, month, day: 1 });
      const next = gregorianToJdn(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 });
      return offsets[index]! + ((jdn - first) / (next - first)) * sized[index]!;
    },
  };
}

