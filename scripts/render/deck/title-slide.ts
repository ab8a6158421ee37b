/**
 * The title slide (https://revealjs.com/markup/): title, subtitle, the authors (each with the
 * mark of their affiliation when there are several, or the one affiliation they share under
 * their names), the institute, then the event and the date of the talk, and the copyright and
 * licence (a lecture handed out as a PDF should carry them).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TitleBlock } from './title-block.ts';

export function titleSlide(block: TitleBlock, attributes: Record<string, string> = {}): Element {
  const occasion: ElementContent[] = [];
  if (block.event) occasion.push(h('span', { className: ['event'] }, block.event));
  if (block.date) {
    if (occasion.length > 0) occasion.push({ type: 'text', value: ' · ' });
    occasion.push(block.date.datetime ? h('time', { dateTime: block.date.datetime }, block.date.text) : h('span', block.date.text));
  }
  return h('section', { id: 'deck-title', className: ['title-slide', 'center'], ...attributes }, [
    h('h1', block.title),
    ...(block.subtitle ? [h('p', { className: ['subtitle'] }, block.subtitle)] : []),
    ...authorLines(block),
    ...(block.institute.length > 0 ? [h('p', { className: ['institute'] }, block.institute.join(' · '))] : []),
    ...(occasion.length > 0 ? [h('p', { className: ['occasion'] }, occasion)] : []),
    ...(block.rights.length > 0 ? [h('p', { className: ['meta'] }, block.rights.join(' · '))] : []),
  ]);
}

/**
 * One affiliation shared by every author is printed once under the names; several are numbered
 * and each name carries its numbers, as on a paper's title page.
 */
function authorLines(block: TitleBlock): Element[] {
  if (block.authors.length === 0) return [];
  const affiliations = [...new Set(block.authors.flatMap((author) => author.affiliations))];
  const shared = affiliations.length === 1 && block.authors.every((author) => author.affiliations.length === 1);
  const names: ElementContent[] = [];
  block.authors.forEach((author, index) => {
    if (index > 0) names.push({ type: 'text', value: ', ' });
    names.push(h('span', { className: ['author'] }, author.name));
    const marks = shared ? [] : author.affiliations.map((a) => affiliations.indexOf(a) + 1);
    if (marks.length > 0) names.push(h('sup', marks.join(',')));
  });
  const lines = [h('p', { className: ['authors'] }, names)];
  if (shared) lines.push(h('p', { className: ['affiliations'] }, affiliations[0]!));
  else if (affiliations.length > 0) {
    lines.push(h('p', { className: ['affiliations'] }, affiliations.flatMap((a, i) => [...(i > 0 ? [{ type: 'text' as const, value: ' · ' }] : []), h('sup', String(i + 1)), { type: 'text' as const, value: a }])));
  }
  return lines;
}
