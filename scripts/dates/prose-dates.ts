/**
 * The dates written in the prose, against the timeline (matching: scripts/dates/match.ts).
 *   - `:date[…]{event=id}` must match that event (`date-unmatched` when it does not, or when no
 *     event has that id): the rule that catches `:date[1709]{event=bikatun-raid}` when the raid is 1710.
 *   - Any other full date, month or year must match at least one event (`date-unmatched`), unless
 *     its year lies outside the book's `period` (a date of another age: "until 1918").
 *   - Each mention is resolved to its event (the named one, or the first matching one in `events`
 *     order) with that event's calendar and, for a full date, its New Style day: the renderer
 *     prints "9 February 1716 (O.S.; 20 February N.S.)" from it.
 *   - A full date that the text restates right after it, by a date of the same day ("13 May 7175 is
 *     13 May 1667"), is marked to be printed without that equivalent (scripts/dates/restatement.ts).
 *   - An event no mention names or matches is reported (`event-unused`, a warning).
 */
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import type { DateMention } from '../manuscript/nodes.ts';
import type { Chapter, Manuscript } from '../manuscript/types.ts';
import { calendarLabel } from './edtf.ts';
import { readDateLabel } from './find-dates.ts';
import { isValidDay } from './calendar.ts';
import { gregorianOf, matchesEvent, mentionCalendar, mentionMatcher, proseYear } from './match.ts';
import { markRestatement } from './restatement.ts';
import { containsYear, type Timeline, type TimelineEvent } from './timeline.ts';

/** Checks and resolves the dates of `chapters`; returns the ids of the events they name or match. */
export function checkProseDates(manuscript: Manuscript, chapters: readonly Chapter[], timeline: Timeline): Set<string> {
  const used = new Set<string>();
  const examples = dateExamples(manuscript.book.lang);
  for (const chapter of chapters) {
    // One walk for both kinds of node (this check sees every chapter on every dev rebuild).
    visit(chapter.tree, (node, index, parent) => {
      // remark-dates leaves a `:date[…]` whose label it cannot read as the directive it was.
      if (node.type === 'textDirective' && node.name === 'date') {
        report(
          chapter.file,
          `The date \`${toString(node)}\` in \`:date[…]\` is not a date Triptych can read: the timeline cannot match it; write it as ${examples}`,
          node.position,
          'date-invalid',
        );
        return;
      }
      if (node.type !== 'dateMention') return;
      const mention = node as DateMention;
      checkMention(chapter, mention, timeline, used);
      // After the mention is resolved: does it restate the date just before it ("13 May 7175 is 13 May 1667")?
      if (parent && index !== undefined) markRestatement(parent, index);
    });
  }
  return used;
}

/** `event-unused`: every event whose id is not in `used`, at its id in book.md. */
export function reportUnusedEvents(manuscript: Manuscript, timeline: Timeline, used: ReadonlySet<string>): void {
  for (const entry of timeline.events) {
    const { event, index } = entry;
    if (used.has(event.id)) continue;
    const label = mentionLabel(entry);
    report(
      manuscript.bookFile,
      `The event \`${event.id}\` (${event.date}) is never mentioned in the text: no date in the prose names or matches it; mention it (${label ? `e.g. \`:date[${label}]{event=${event.id}}\`` : 'a date in the text that falls within it'}) or remove it from \`events\``,
      manuscript.bookMatter.locate(['events', index, 'id']),
      'event-unused',
      'warning',
    );
  }
}

/** Ties `mention` to the event it names or matches (or reports why it cannot be), and counts the event as used. */
function checkMention(chapter: Chapter, mention: DateMention, timeline: Timeline, used: Set<string>): void {
  const unmatched = (reason: string) => report(chapter.file, reason, mention.position, 'date-unmatched');
  // A day that no calendar of the book has (30 February; 29 February of a year leap in none): no
  // event can match it, and saying so beats advising to tie it to one. Julian months are never
  // shorter than Gregorian ones, so the Julian calendar decides.
  if (mention.day !== undefined && mention.month !== undefined) {
    if (!isValidDay({ year: mention.year, month: mention.month, day: mention.day }, mention.year >= 5509 ? 'anno-mundi' : 'julian')) {
      report(chapter.file, `The date \`${mention.value}\` is a day no calendar has (the month has fewer days): no event can fall on it; correct the day or the month`, mention.position, 'date-invalid');
      return;
    }
  }
  if (mention.event !== undefined) {
    const named = timeline.byId.get(mention.event);
    used.add(mention.event);
    if (!named) {
      unmatched(`The date \`${mention.value}\` is tied to the event \`${mention.event}\`, which is not among the book’s \`events\`: check the id in \`{event=…}\` against book.md`);
    } else if (named.range && !matchesEvent(mention, named)) {
      unmatched(
        `The date \`${mention.value}\` does not fall within the event \`${named.event.id}\` it is tied to, dated \`${named.event.date}\` (${calendarLabel(named.calendar)}): the text and the timeline disagree; correct the date in the text or the event’s \`date\``,
      );
    } else if (named.range) {
      resolve(mention, named);
    }
    return;
  }
  const matching = timeline.events.filter(mentionMatcher(mention));
  for (const entry of matching) used.add(entry.event.id);
  const [first] = matching;
  if (first) {
    resolve(mention, first);
  } else if (containsYear(timeline.period, proseYear(mention))) {
    unmatched(
      `The date \`${mention.value}\` matches no event in \`events\` (each compared in its own calendar): a date in the text must be on the timeline; correct it, add an event of that date to \`events\` in book.md, or, if it is no event of this book, excuse it with \`<!-- triptych-disable-line date-unmatched -->\` at the end of its line`,
    );
  }
}

/** The ids of the events `chapter`'s dates name or match, as the walk above counts them for `event-unused`. */
export function eventsMentioned(chapter: Chapter, timeline: Timeline): string[] {
  const ids: string[] = [];
  visit(chapter.tree, 'dateMention', (mention: DateMention) => {
    if (mention.event !== undefined) ids.push(mention.event);
    else for (const entry of timeline.events.filter(mentionMatcher(mention))) ids.push(entry.event.id);
  });
  return ids;
}

function resolve(mention: DateMention, entry: TimelineEvent): void {
  const calendar = mentionCalendar(mention, entry.calendar);
  const gregorian = gregorianOf(mention, calendar);
  mention.resolved = { event: entry.event.id, calendar: entry.calendar, ...(gregorian ? { gregorian } : {}) };
}

/** How to write a date a `:date[…]` label can hold, in the book's language: `9 February 1716`, `February 1716`, `1716` or `1716-02-09`. */
function dateExamples(lang: string): string {
  const day = new Date(Date.UTC(1716, 1, 9));
  const format = (options: Intl.DateTimeFormatOptions) => {
    const locale = /^en\b/i.test(lang) ? 'en-GB' : lang;
    try {
      return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn', ...options }).format(day);
    } catch {
      return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }).format(day);
    }
  };
  const forms = [format({ day: 'numeric', month: 'long', year: 'numeric' }), format({ month: 'long', year: 'numeric' }), '1716', '1716-02-09'];
  return `${forms.slice(0, -1).map((form) => `\`${form}\``).join(', ')} or \`${forms.at(-1)}\``;
}

/**
 * A `:date[…]` label that names `entry`'s date, for the example in `event-unused`: its EDTF date
 * without qualifiers (`1715-12~` → `1715-12`), the start of an interval (`1665/1667` → `1665`), a
 * decade or century by its first year (`171X` → `1710`); `undefined` when the date has no start.
 */
function mentionLabel(entry: TimelineEvent): string | undefined {
  const [from = '', to = ''] = entry.event.date.replace(/[~?%]/g, '').split('/');
  const label = (from === '' || from === '..' ? to : from).replace(/X/g, '0');
  if (readDateLabel(label)) return label;
  return entry.years.from === undefined ? undefined : String(entry.years.from);
}
