/**
 * The map's text alternative: every place, in the book's order, with its coordinates (marked when
 * approximate, with their source when given), or a note that it has none and is not drawn.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Place } from '../../manuscript/schema.ts';
import { fill } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/words.ts';

export function placeList(places: readonly Place[], highlighted: ReadonlySet<string> | undefined, words: Words): Element {
  return h(
    'ul',
    { className: ['figure-places'] },
    places.map((place) => {
      const mark = highlighted?.has(place.id) ? [h('strong', place.name)] : [place.name];
      const where = place.coords
        ? ` — ${coordinate(place.coords[0], words.north, words.south, words)}${words.listSeparator}${coordinate(place.coords[1], words.east, words.west, words)}${place.approximate ? ` (${words.approximate})` : ''}`
        : ` — ${words.noCoordinates}`;
      const source = place.coords && place.coordsSource ? `; ${place.coordsSource}` : '';
      return h('li', [...mark, `${place.kind ? ` (${words.placeKinds[place.kind]})` : ''}${where}${source}`]);
    }),
  );
}

/** `58.20° N`: two decimals, the hemisphere in letters (a bare minus sign is easy to miss). */
export function coordinate(value: number, positive: string, negative: string, words: Pick<Words, 'decimal' | 'coordinate'>): string {
  return fill(words.coordinate, { degrees: Math.abs(value).toFixed(2).replace('.', words.decimal), hemisphere: value >= 0 ? positive : negative });
}
