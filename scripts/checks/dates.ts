/**
 * The dates check: the front matter's dates, the prose's dates against the typed timeline, and
 * the narrative's order. It also resolves every `dateMention` to its event, so the renderers can
 * print the New Style day beside an Old Style one. Matching is defined in scripts/dates/match.ts
 * and documented in the README.
 */
import { checkDateOrder, maxStepBack } from '../dates/date-order.ts';
import { checkFrontMatterDates } from '../dates/front-matter-dates.ts';
import { checkProseDates, eventsMentioned, reportUnusedEvents } from '../dates/prose-dates.ts';
import { isReused, reusedFact } from './check-memo.ts';
import { readTimeline } from '../dates/timeline.ts';
import type { Check } from './types.ts';

export const datesCheck: Check = {
  name: 'dates',
  rules: [
    { id: 'date-invalid', severity: 'error', summary: 'a front-matter date (`events[].date`, `period`, a person’s or commander’s `years`) that is not EDTF or not a real day in its calendar, a `:date[…]` label that is not a date, or a day in the prose no calendar has (30 February); correct it (29 February 1700 is Julian only)' },
    { id: 'date-outside-period', severity: 'error', on: 'timeline', summary: 'an event whose years fall outside the book’s `period`; correct the date or widen `period`' },
    { id: 'date-unmatched', severity: 'error', on: 'timeline', summary: 'a date in the prose that matches no event in its calendar (`:date[1709]{event=x}` against an event of 1710; a bare `9 February 1715` no event has); dates outside `period` are not checked; correct the text or the event' },
    { id: 'date-order', severity: 'warning', on: 'timeline', summary: `a paragraph whose first date is more than ${maxStepBack} years before the previous dated paragraph’s, in one chapter; mark a look back with \`{flashback}\` or \`chronology: false\`` },
    { id: 'event-unused', severity: 'warning', on: 'timeline', summary: 'an event that no date in the prose names or matches; mention it or remove it' },
    { id: 'date-range-mismatch', severity: 'error', on: 'timeline', summary: 'a glance commander’s `years` that differ from the span of that person’s events, or a person’s `years` that do not contain them; correct the years or the events' },
  ],
  run(manuscript) {
    const timeline = readTimeline(manuscript.book);
    checkFrontMatterDates(manuscript, timeline);
    // `triptych dev` (check-memo.ts): a reused chapter was checked and resolved before; only the
    // events its dates name count again, for `event-unused`.
    const fresh = manuscript.chapters.filter((chapter) => !isReused(chapter));
    const used = checkProseDates(manuscript, fresh, timeline);
    for (const chapter of manuscript.chapters) {
      if (!isReused(chapter)) continue;
      for (const id of reusedFact(chapter, 'prose-dates:events', () => eventsMentioned(chapter, timeline))) used.add(id);
    }
    reportUnusedEvents(manuscript, timeline, used);
    checkDateOrder(manuscript, fresh, timeline);
  },
};
