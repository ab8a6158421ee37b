/**
 * A date in the prose: a `<time>` whose `datetime` is the finest Gregorian day, month or year that
 * holds the whole date (HTML's `datetime` is proleptic Gregorian; the rule, with the spec's links,
 * is in scripts/dates/html-datetime.ts), or plain text when no such value exists (a Julian year,
 * `December 1715` O.S.). A Julian full date gets its New Style equivalent in one documented form:
 * "9 February 1716 (O.S.; 20 February N.S.)"; one written in anno-mundi years also gives its Julian
 * day: "13 May 7175 (13 May 1667 O.S.; 23 May 1667 N.S.)". A full date the text restates right
 * after it ("13 May 7175 is 13 May 1667") gets no equivalent (scripts/dates/restatement.ts).
 * `node.resolved` and the restatement mark are filled by the dates check; a date it did not resolve
 * (one of another age, outside the book's `period`) is read as written, in the Gregorian calendar.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DateMention } from '../../manuscript/nodes.ts';
import { annoMundiToJulianYear } from '../../dates/calendar.ts';
import { htmlDatetime } from '../../dates/html-datetime.ts';
import { mentionCalendar } from '../../dates/match.ts';
import { isRestated } from '../../dates/restatement.ts';
import { fill } from '../../i18n/fill.ts';
import { formatDay, formatDayMonth } from '../../i18n/format-date.ts';
import type { Words } from '../../i18n/words.ts';

export function renderDateMention(node: DateMention, words: Words): ElementContent[] {
  const calendar = node.resolved ? mentionCalendar(node, node.resolved.calendar) : 'gregorian';
  const datetime = htmlDatetime(node, calendar);
  const gregorian = calendar === 'gregorian' ? undefined : node.resolved?.gregorian;
  const properties = gregorian ? { dateTime: datetime, className: ['date-os'] } : { dateTime: datetime };
  const written: ElementContent = datetime ? h('time', properties, node.value) : { type: 'text', value: node.value };
  if (!gregorian || isRestated(node)) return [written];
  const julianYear = calendar === 'anno-mundi' && node.month !== undefined ? annoMundiToJulianYear(node.year, node.month) : node.year;
  const sameYear = gregorian.year === node.year;
  const ns = sameYear ? formatDayMonth(words, gregorian.month, gregorian.day) : formatDay(words, gregorian.year, gregorian.month, gregorian.day);
  const os = julianYear === node.year ? words.oldStyle : fill(words.styled, { date: formatDay(words, julianYear, node.month ?? 1, node.day ?? 1), style: words.oldStyle });
  // `({os}; {ns})`, with the New Style part in its own span (page.css sets it apart).
  const [before, after] = words.dualDate.replace('{os}', os).split('{ns}') as [string, string?];
  return [written, { type: 'text', value: before }, h('span', { className: ['date-ns'] }, fill(words.styled, { date: ns, style: words.newStyle })), { type: 'text', value: after ?? '' }];
}
