/** The "at a glance" block (the article's infobox) as a definition list, from `glance` in book.md. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Manuscript } from '../../manuscript/types.ts';
import type { Words } from '../../i18n/words.ts';

/** `level`: the glance's heading level, one below the heading it stands under. */
export function renderGlance(manuscript: Manuscript, words: Words, level = 3): Element | undefined {
  const glance = manuscript.book.glance;
  if (!glance) return undefined;
  const people = new Map(manuscript.book.people.map((person) => [person.id, person.name]));
  const rows: ElementContent[] = [];
  const row = (term: string, value: string | undefined) => {
    if (value) rows.push(h('dt', term), h('dd', value));
  };
  row(words.conflict, glance.conflict);
  row(words.date, glance.date);
  row(words.place, glance.place);
  row(words.partOf, glance.partOf);
  for (const side of glance.belligerents) {
    rows.push(h('dt', side.name));
    rows.push(
      h('dd', h('ul', side.commanders.map((c) => h('li', `${people.get(c.person) ?? c.person} (${c.years.replace('/', '–')})`)))),
    );
  }
  row(words.result, glance.result);
  row(words.territory, glance.territory);
  return h('aside', { className: ['glance'], ariaLabel: words.atAGlance }, [
    h(`h${Math.min(level, 6)}`, words.atAGlance),
    h('dl', rows),
    ...(glance.note ? [h('p', { className: ['glance-note'] }, glance.note)] : []),
  ]);
}
