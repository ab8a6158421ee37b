/**
 * A broken time axis: the events are grouped into clusters, and only the clusters get axis length.
 * The flagship spans 1582–1720 with most events in 1665–1667 and 1709–1720; a linear axis would
 * leave a century of empty line and crush the clusters. Gaps wider than `max(5 years, 8 % of the
 * span)` become breaks; each cluster is rounded out to whole Gregorian years: from the first to the
 * last year its events are dated in (`TimelineEvent.firstYear`, `lastYear`), so the axis of a
 * cluster ending with Julian 1720 stops at 1 January 1721 N.S. and prints no tick "1721".
 */
import { gregorianToJdn } from '../../dates/calendar.ts';
import type { TimelineEvent } from './timeline-events.ts';

export interface Segment {
  /** First Gregorian year shown and the year after the last (exclusive). */
  fromYear: number;
  toYear: number;
  /** JDN of 1 January of `fromYear` and of `toYear`. */
  start: number;
  end: number;
  events: TimelineEvent[];
}

const yearDays = 365.25;

export function axisSegments(events: readonly TimelineEvent[]): Segment[] {
  if (events.length === 0) return [];
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const first = sorted[0]!.start;
  const last = Math.max(...sorted.map((e) => e.end));
  const threshold = Math.max(5 * yearDays, 0.08 * (last - first));
  const groups: TimelineEvent[][] = [];
  let reach = -Infinity;
  for (const event of sorted) {
    const group = groups[groups.length - 1];
    if (group && event.start - reach <= threshold) {
      group.push(event);
      reach = Math.max(reach, event.end);
    } else {
      groups.push([event]);
      reach = event.end;
    }
  }
  return groups.map((group) => {
    const fromYear = Math.min(...group.map((e) => e.firstYear));
    const toYear = Math.max(...group.map((e) => e.lastYear)) + 1;
    return { fromYear, toYear, start: gregorianToJdn({ year: fromYear, month: 1, day: 1 }), end: gregorianToJdn({ year: toYear, month: 1, day: 1 }), events: group };
  });
}
