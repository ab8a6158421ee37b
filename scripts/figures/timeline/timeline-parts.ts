/**
 * A timeline too tall for where it is shown is drawn in parts: runs of consecutive events in date
 * order, each laid out on its own and no taller than the frame's `partHeight` (the room a 1280×720
 * slide gives a figure; a page of a paginated e-reader), with at most `partEvents` events. Counting
 * events alone is not enough: eight events with two-line dates and three-line titles are twice as
 * tall as eight one-liners, and a drawing taller than its room is scaled down until its type is
 * too small to read. The cut gives the fewest parts, then the shortest tallest part, so the parts
 * come out even (a small dynamic programme over where each part starts).
 */
import type { Legend } from '../legend.ts';
import type { TimelineEvent } from './timeline-events.ts';
import type { TimelineFrame } from './timeline-layout.ts';
import { partHeight } from './timeline-svg.ts';
import type { Words } from '../../i18n/words.ts';

/**
 * `items` (in date order) cut into parts, the keys in `words`. `key`: one legend shared by every part (the book's
 * drawing, whose parts sit under one key, shown with the first part only); without it each part
 * has its own (a slide).
 */
export function timelineParts(items: readonly TimelineEvent[], frame: TimelineFrame, words: Words, key?: Legend): TimelineEvent[][] {
  const n = items.length;
  const maxHeight = frame.partHeight ?? Infinity;
  const maxEvents = frame.partEvents ?? Infinity;
  if (n === 0 || (n <= maxEvents && partHeight(items, frame, words, key) <= maxHeight)) return [[...items]];
  // best[j]: the fewest parts for the first j events, then the least tallest part, and where the last part starts.
  const best = Array.from({ length: n + 1 }, () => ({ parts: Infinity, tallest: Infinity, from: 0 }));
  best[0] = { parts: 0, tallest: 0, from: 0 };
  for (let j = 1; j <= n; j++) {
    for (let i = j - 1; i >= 0 && j - i <= maxEvents; i--) {
      const height = partHeight(items.slice(i, j), frame, words, key && i > 0 ? null : key);
      // A run that does not fit only grows taller as it takes in earlier events; a single event
      // too tall for any part still gets one of its own.
      if (height > maxHeight && j - i > 1) break;
      const parts = best[i]!.parts + 1;
      const tallest = Math.max(best[i]!.tallest, height);
      if (parts < best[j]!.parts || (parts === best[j]!.parts && tallest < best[j]!.tallest)) best[j] = { parts, tallest, from: i };
    }
  }
  const out: TimelineEvent[][] = [];
  for (let j = n; j > 0; j = best[j]!.from) out.unshift(items.slice(best[j]!.from, j));
  return out;
}
