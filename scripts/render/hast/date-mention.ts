/**
 * A date in the prose: `<time datetime>` in ISO Gregorian (HTML's `datetime` is proleptic
 * Gregorian, https://html.spec.whatwg.org/#the-time-element), and for a Julian full date its New
 * Style equivalent in one documented form: "9 February 1716 (O.S.; 20 February N.S.)". A full
 * date written in anno-mundi years also gives its Julian day:
 * "13 May 7175 (13 May 1667 O.S.; 23 May 1667 N.S.)". `node.resolved` is filled by the dates check.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DateMention } from '../../manuscript/nodes.ts';
import { annoMundiToJulianYear } from '../../dates/calendar.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function renderDateMention(node: DateMention): ElementContent[] {
  const gregorian = node.resolved?.gregorian;
  if (!gregorian || node.resolved?.calendar === 'gregorian') {
    const iso = isoDate(gregorian ?? node);
    return iso ? [h('time', { dateTime: iso }, node.value)] : [{ type: 'text', value: node.value }];
  }
  const julianYear = node.month !== undefined && node.year >= 5509 ? annoMundiToJulianYear(node.year, node.month) : node.year;
  const sameYear = gregorian.year === node.year;
  const ns = `${gregorian.day} ${months[gregorian.month - 1]}${sameYear ? '' : ` ${gregorian.year}`}`;
  const os = julianYear === node.year ? 'O.S.' : `${node.day} ${months[(node.month ?? 1) - 1]} ${julianYear} O.S.`;
  return [
    h('time', { dateTime: isoDate(gregorian), className: ['date-os'] }, node.value),
    { type: 'text', value: ` (${os}; ` },
    h('span', { className: ['date-ns'] }, `${ns} N.S.`),
    { type: 'text', value: ')' },
  ];
}

function isoDate(date: { year: number; month?: number | undefined; day?: number | undefined }): string | undefined {
  const y = String(date.year).padStart(4, '0');
  if (date.month === undefined) return y;
  const m = String(date.month).padStart(2, '0');
  return date.day === undefined ? `${y}-${m}` : `${y}-${m}-${String(date.day).padStart(2, '0')}`;
}
