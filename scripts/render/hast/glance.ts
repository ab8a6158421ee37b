/** The "at a glance" block (the article's infobox) as a definition list, from `glance` in book.md. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Manuscript } from '../../manuscript/types.ts';

export function renderGlance(manuscript: Manuscript): Element | undefined {
  const glance = manuscript.book.glance;
  if (!glance) return undefined;
  const people = new Map(manuscript.book.people.map((person) => [person.id, person.name]));
  const rows: ElementContent[] = [];
  const row = (term: string, value: string | undefined) => {
    if (value) rows.push(h('dt', term), h('dd', value));
  };
  row('Conflict', glance.conflict);
  row('Date', glance.date);
  row('Place', glance.place);
  row('Part of', glance.partOf);
  for (const side of glance.belligerents) {
    rows.push(h('dt', side.name));
    rows.push(
      h('dd', h('ul', side.commanders.map((c) => h('li', `${people.get(c.person) ?? c.person} (${c.years.replace('/', '–')})`)))),
    );
  }
  row('Result', glance.result);
  row('Territory', glance.territory);
  return h('aside', { className: ['glance'], ariaLabel: 'At a glance' }, [
    h('h3', 'At a glance'),
    h('dl', rows),
    ...(glance.note ? [h('p', { className: ['glance-note'] }, glance.note)] : []),
  ]);
}
