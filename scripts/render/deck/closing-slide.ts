/**
 * The closing slide (`deck.closing`): a heading ("Questions?" unless the author writes another)
 * and the lines under it, where an e-mail address or a web address becomes a link, so a PDF
 * handout keeps them clickable. It goes before the sources slides (the talk ends on it and the
 * sources follow for reference) or after them, as `placement` says.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Closing } from '../../manuscript/schema/deck.ts';
import type { Words } from '../../i18n/words.ts';

export interface ClosingSlide {
  slide: Element;
  placement: 'before-sources' | 'after-sources';
}

export function closingSlide(closing: Closing | undefined, words: Words): ClosingSlide | undefined {
  if (closing === undefined || closing === false) return undefined;
  const spec = closing === true ? {} : typeof closing === 'string' ? { title: closing } : closing;
  const lines = 'lines' in spec ? spec.lines : [];
  const slide = h('section', { id: 'deck-closing', className: ['closing-slide', 'center'] }, [
    h('h2', spec.title ?? words.deckQuestions),
    ...lines.map((line) => h('p', linked(line))),
  ]);
  return { slide, placement: 'placement' in spec ? spec.placement : 'before-sources' };
}

/** Web and e-mail addresses in a line as links; the rest as text. */
function linked(line: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of line.matchAll(/\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g)) {
    if (match.index > last) parts.push({ type: 'text', value: line.slice(last, match.index) });
    const href = match[0].includes('://') ? match[0] : `mailto:${match[0]}`;
    parts.push(h('a', { href }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ type: 'text', value: line.slice(last) });
  return parts;
}
