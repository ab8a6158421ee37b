/**
 * "At a glance", from `glance` in book.md (the article's infobox), on slides of its own right after
 * the title: the facts (conflict, date, place, result…) on one slide, the belligerents side by
 * side with their commanders on a second, because both together do not fit at a legible size.
 * The glance note and the commanders' notes become the speaker notes, each said once: the glance
 * note on the last glance slide, as the book prints it under the whole block (it explains the
 * commanders' years, when there are any), then each commander's note, on the belligerents slide.
 */
import type { Words } from '../../i18n/words.ts';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Manuscript } from '../../manuscript/types.ts';

export function glanceSlides(manuscript: Manuscript, words: Words): Element[] {
  const glance = manuscript.book.glance;
  if (!glance) return [];
  const people = new Map(manuscript.book.people.map((person) => [person.id, person.name]));
  const facts: ElementContent[] = [];
  const row = (term: string, value: string | undefined) => {
    if (value) facts.push(h('div', [h('dt', term), h('dd', value)]));
  };
  row(words.conflict, glance.conflict);
  row(words.date, glance.date);
  row(words.place, glance.place);
  row(words.partOf, glance.partOf);
  row(words.result, glance.result);
  row(words.territory, glance.territory);
  const notes = (paragraphs: string[]) =>
    paragraphs.length > 0 ? [h('aside', { className: ['notes'] }, paragraphs.map((text) => h('p', text)))] : [];
  const glanceNote = glance.note ? [glance.note] : [];
  const slides = [
    h('section', { id: 'deck-glance', className: ['glance-slide'] }, [
      h('h2', words.atAGlance),
      h('dl', { className: ['glance-facts'] }, facts),
      ...notes(glance.belligerents.length === 0 ? glanceNote : []),
    ]),
  ];
  if (glance.belligerents.length === 0) return slides;
  const commanderNotes = glance.belligerents.flatMap((side) =>
    side.commanders.filter((c) => c.note).map((c) => `${people.get(c.person) ?? c.person}: ${c.note}`),
  );
  slides.push(
    h('section', { id: 'deck-belligerents', className: ['glance-slide'] }, [
      h('h2', words.belligerents),
      h(
        'div',
        { className: ['belligerents'] },
        glance.belligerents.map((side) =>
          h('div', { className: ['side'], dataSide: side.side }, [
            h('h3', side.name),
            h('ul', side.commanders.map((c) => h('li', [`${people.get(c.person) ?? c.person} `, h('span', { className: ['years'] }, `(${c.years.replace('/', '–')})`)]))),
          ]),
        ),
      ),
      ...notes([...glanceNote, ...commanderNotes]),
    ]),
  );
  return slides;
}
