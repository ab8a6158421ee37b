/**
 * The dates written in book.md's front matter: each one valid EDTF and a real day in its calendar
 * (`date-invalid`), each event inside the book's `period` (`date-outside-period`), and each stated
 * range of a person agreeing with the events that list that person (`date-range-mismatch`):
 *   - a glance commander's `years` must be exactly the years of that person's events, first to
 *     last (the glance summarises the book, so its years are the book's);
 *   - a person's `years` (life or office) must contain every event that lists the person.
 * Years compare in each event's own reckoning (an anno-mundi date by its Julian year).
 */
import { report } from '../diagnostics/report.ts';
import type { Path } from '../manuscript/front-matter.ts';
import type { Manuscript } from '../manuscript/types.ts';
import { parseEdtf, calendarLabel } from './edtf.ts';
import { formatYears, within, yearsOf, type Timeline, type TimelineEvent, type YearSpan } from './timeline.ts';

export function checkFrontMatterDates(manuscript: Manuscript, timeline: Timeline): void {
  const { book, bookFile, bookMatter } = manuscript;
  const invalid = (value: string, what: string, path: Path, problem: string) =>
    report(
      bookFile,
      `\`${value}\`, the ${what}, is not ${problem}: the timeline cannot place it; write an EDTF value such as \`1716-02-09\`, \`1715-12~\`, \`1665/1667\` or \`171X\`, valid in its calendar`,
      bookMatter.locate(path),
      'date-invalid',
    );

  if (book.period !== undefined) {
    const period = parseEdtf(book.period, book.calendar);
    if (!period.ok) invalid(book.period, 'book `period`', ['period'], period.problem);
  }
  for (const { event, index, calendar } of timeline.events) {
    const parsed = parseEdtf(event.date, calendar);
    if (!parsed.ok) invalid(event.date, `date of event \`${event.id}\` (${calendarLabel(calendar)})`, ['events', index, 'date'], parsed.problem);
  }
  for (const entry of timeline.events) {
    if (!entry.range || !timeline.period || within(entry.years, timeline.period)) continue;
    report(
      bookFile,
      `The event \`${entry.event.id}\` is dated \`${entry.event.date}\` (${formatYears(entry.years)}), outside the book’s \`period\` ${formatYears(timeline.period)}: either the date is wrong or the period is too narrow; correct the date or widen \`period\``,
      bookMatter.locate(['events', entry.index, 'date']),
      'date-outside-period',
    );
  }

  book.people.forEach((person, index) => {
    if (person.years === undefined) return;
    const stated = readYears(person.years, manuscript, ['people', index, 'years'], `years of \`${person.id}\``, invalid);
    if (!stated) return;
    const outside = eventsOf(timeline, person.id).filter((entry) => !within(entry.years, stated));
    if (outside.length === 0) return;
    report(
      bookFile,
      `The years \`${person.years}\` of \`${person.id}\` do not contain ${describe(outside)}, which ${outside.length === 1 ? 'lists' : 'list'} this person in \`people\`: a person cannot act outside their own years; correct \`years\` or the event`,
      bookMatter.locate(['people', index, 'years']),
      'date-range-mismatch',
    );
  });

  (book.glance?.belligerents ?? []).forEach((side, b) =>
    side.commanders.forEach((commander, c) => {
      const path = ['glance', 'belligerents', b, 'commanders', c, 'years'];
      const stated = readYears(commander.years, manuscript, path, `years of commander \`${commander.person}\``, invalid);
      const events = eventsOf(timeline, commander.person);
      if (!stated || events.length === 0) return;
      const actual = spanOf(events);
      if (actual.from === stated.from && actual.to === stated.to) return;
      report(
        bookFile,
        `The glance gives commander \`${commander.person}\` the years \`${commander.years}\`, but the events that list this person span ${formatYears(actual)} (${describe(events)}): the glance must agree with the timeline; write \`${formatYears(actual).replace('–', '/')}\` or correct the events`,
        bookMatter.locate(path),
        'date-range-mismatch',
      );
    }),
  );
}

function readYears(
  value: string,
  manuscript: Manuscript,
  path: Path,
  what: string,
  invalid: (value: string, what: string, path: Path, problem: string) => void,
): YearSpan | undefined {
  const parsed = parseEdtf(value, manuscript.book.calendar);
  if (parsed.ok) return yearsOf(parsed.range);
  invalid(value, what, path, parsed.problem);
  return undefined;
}

function eventsOf(timeline: Timeline, person: string): TimelineEvent[] {
  return timeline.events.filter((entry) => entry.range && entry.event.people.includes(person));
}

function spanOf(events: TimelineEvent[]): YearSpan {
  const froms = events.map((e) => e.years.from);
  const tos = events.map((e) => e.years.to);
  return {
    ...(froms.every((y) => y !== undefined) ? { from: Math.min(...froms) } : {}),
    ...(tos.every((y) => y !== undefined) ? { to: Math.max(...tos) } : {}),
  };
}

function describe(events: TimelineEvent[]): string {
  const shown = events.slice(0, 4).map((e) => `\`${e.event.id}\` (${e.event.date})`);
  return `${shown.join(', ')}${events.length > 4 ? ` and ${events.length - 4} more` : ''}`;
}
