/**
 * Figures drawn from the typed front matter. First version: the text alternative only (the event
 * table and the place list); the figures issue adds the SVG timeline and map above it.
 */
import { h } from 'hastscript';
import type { Manuscript } from '../manuscript/types.ts';
import type { FigureRenderer } from '../render/context.ts';

export function createFigureRenderer(manuscript: Manuscript): FigureRenderer {
  const { events, places } = manuscript.book;
  const placeName = new Map(places.map((place) => [place.id, place.name]));
  return {
    figure(name) {
      if (name === 'timeline') {
        return h('figure', { className: ['timeline'] }, [
          h('table', [
            h('thead', h('tr', [h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Event'), h('th', { scope: 'col' }, 'Place')])),
            h('tbody', events.map((event) => h('tr', [h('td', event.date), h('td', event.title), h('td', event.place ? placeName.get(event.place) ?? '' : '')]))),
          ]),
          h('figcaption', 'Timeline of the events in this book.'),
        ]);
      }
      return h('figure', { className: ['map'] }, [
        h('ul', places.map((place) => h('li', `${place.name}${place.coords ? ` (${place.coords[0]}, ${place.coords[1]})` : ''}`))),
        h('figcaption', 'Places named in this book.'),
      ]);
    },
  };
}
