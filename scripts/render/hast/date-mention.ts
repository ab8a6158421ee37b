/**
 * A date in the prose: `<time datetime>` in ISO Gregorian (HTML's `datetime` is proleptic
 * Gregorian), and for a Julian full date its New Style equivalent in one documented form:
 * "9 February 1716 (O.S.; 20 February N.S.)".
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DateMention } from '../../manuscript/nodes.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function renderDateMention(node: DateMention): ElementContent[] {
  const gregorian = node.resolved?.gregorian;
  if (!gregorian || node.resolved?.calendar === 'gregorian') {
    const iso = isoDate(gregorian ?? node);
    return iso ? [h('time', { dateTime: iso }, node.value)] : [{ type: 'text', value: node.value }];
  }
  const sameYear = gregorian.year === node.year;
  const ns = `${gregorian.day} ${months[gregorian.month - 1]}${sameYear ? '' : ` ${gregorian.year}`}`;
  return [
    h('time', { dateTime: isoDate(gregorian), className: ['date-os'] }, node.value),
    { type: 'text', value: ' (O.S.; ' },
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
