/**
 * The timeline's text alternative: every event (also those whose date the figure cannot place),
 * in the figure's order, with its date as printed on the figure, its title, its place and its side
 * (which the figure shows by the colour and shape of its marker, with the legend's words).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../manuscript/schema.ts';
import { sideLabel } from '../palette.ts';
import type { Words } from '../../i18n/words.ts';
import { printedDate, type TimelineEvent } from './timeline-events.ts';

export function eventTable(book: Book, drawn: readonly TimelineEvent[], words: Words): Element {
  const placeName = new Map(book.places.map((place) => [place.id, place.name]));
  const order = [...drawn.map((d) => d.event), ...book.events.filter((e) => !drawn.some((d) => d.event === e))];
  return h('table', { className: ['figure-table'] }, [
    h('thead', h('tr', [words.date, words.eventColumn, words.place, words.sideColumn].map((name) => h('th', { scope: 'col' }, name)))),
    h(
      'tbody',
      order.map((event) =>
        h('tr', [
          h('td', printedDate(book, event)),
          h('td', event.title),
          h('td', event.place ? (placeName.get(event.place) ?? event.place) : '—'),
          h('td', event.side ? sideLabel(event.side, book, words) : '—'),
        ]),
      ),
    ),
  ]);
}
