/**
 * The closing "Sources" slides: the works cited on the slides, in the bibliography's order and in
 * the book's citation style, each with the id the slides' short citations link to. Works cited
 * only in the speaker notes are left out: the room sees the slides, and the sources slide answers
 * "where does that point come from?"; the book's bibliography has every work. A long list is
 * split across slides by an estimate of its lines, like a long slide block (slide-fit.ts).
 *
 * Each entry ends with links back to the slides that cite it ("cited on slide 7, 12"), numbered
 * as the slide number shows them: a citation followed from a slide has a way back without the
 * browser's Back, which would leave the deck (reveal.js keeps no history). The deck's script
 * marks the entry followed and the link back to the slide it came from (navigation-script.ts).
 */
import { fill } from '../../i18n/fill.ts';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.ts';
import { sourceId } from './deck-citation.ts';
import type { Words } from '../../i18n/words.ts';

/** Lines of 30 px text a sources slide holds, and characters on one of them. */
const budget = { lines: 10, charsPerLine: 64 } as const;

/** A slide that cites a work: its id and the number the slide number shows on it. */
export interface CitingSlide {
  id: string;
  number: number;
}

export function sourcesSlides(context: RenderContext, cited: ReadonlySet<string>, citedOn: ReadonlyMap<string, readonly CitingSlide[]>, words: Words): Element[] {
  if (cited.size === 0) return [];
  const entries = new Map<string, Element>();
  for (const entry of context.citations.bibliography()) {
    const key = String(entry.properties['id'] ?? '').replace(/^ref-/, '');
    if (cited.has(key)) entries.set(key, { ...entry, properties: { ...entry.properties, id: sourceId(key) } });
  }
  // A key the bibliography lacks is an error the checks report; keep the deck whole meanwhile.
  for (const key of cited) {
    if (!entries.has(key)) entries.set(key, h('li', { id: sourceId(key) }, context.citations.shortLabel(key)));
  }
  for (const [key, entry] of entries) {
    const slides = citedOn.get(key) ?? [];
    if (slides.length === 0) continue;
    const links = slides.flatMap((slide, index) => [
      ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
      h('a', { href: `#/${slide.id}`, className: ['deck-back'] }, String(slide.number)),
    ]);
    entry.children.push({ type: 'text', value: ' ' }, h('span', { className: ['deck-cited-on'] }, [`(${words.deckCitedOn} `, ...links, ')']));
  }
  const ordered = [...entries.values()];
  const pages: Element[][] = [[]];
  let used = 0;
  for (const entry of ordered) {
    const lines = Math.max(1, Math.ceil(textOf(entry).length / budget.charsPerLine));
    if (used > 0 && used + lines > budget.lines) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(entry);
    used += lines;
  }
  return pages.map((page, index) =>
    h('section', { id: index === 0 ? 'deck-sources' : `deck-sources-${index + 1}`, className: ['sources-slide'] }, [
      h('h2', pages.length > 1 ? fill(context.words.sourcesPage, { page: index + 1, pages: pages.length }) : context.words.sources),
      h('ul', { className: ['sources'] }, page),
      h('aside', { className: ['notes'] }, h('p', context.words.sourcesNote)),
    ]),
  );
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
