/**
 * A citation on a slide: short author–year labels (`Perdue 2005, p. 210`), whatever the book's
 * citation style, because a footnote number means nothing to a room. Each label links to the
 * work's entry on the deck's own sources slide (`#/deck-source-<key>`: reveal.js resolves an
 * element id in the hash to the slide that holds it, https://revealjs.com/links/), never to the
 * book's bibliography ids, which the deck does not have. A work in another language has its own
 * words in the label (its authors' names, or its title) marked with its language, as the book's
 * citations have (render/hast/tag-work-language.ts).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Citation, CitationItem } from '../../manuscript/nodes.ts';
import type { RenderContext } from '../context.ts';
import { citedWork, withLanguages } from '../hast/tag-work-language.ts';
import { workParts } from '../hast/work-parts.ts';

/** The id of a work's entry on the sources slide. */
export const sourceId = (key: string) => `deck-source-${key}`;

/** The key a slide's citation link names (`<a class="citation" href="#/deck-source-<key>">`), if `node` is one. */
export function citedKey(node: Element): string | undefined {
  const href = node.properties['href'];
  const prefix = `#/${sourceId('')}`;
  return node.tagName === 'a' && typeof href === 'string' && href.startsWith(prefix) ? href.slice(prefix.length) : undefined;
}

export function deckCitation(context: RenderContext, node: Citation, cited: Set<string>): ElementContent[] {
  const parts: ElementContent[] = [];
  node.items.forEach((item, index) => {
    cited.add(item.key);
    if (index > 0) parts.push({ type: 'text', value: '; ' });
    if (item.prefix) parts.push({ type: 'text', value: `${item.prefix} ` });
    parts.push(h('a', { href: `#/${sourceId(item.key)}`, className: ['citation'] }, label(context, item.key)));
    const after = [locatorText(context, item), item.suffix].filter(Boolean).join(' ');
    if (after) parts.push({ type: 'text', value: `, ${after}` });
  });
  const cite = h('span', { className: ['deck-cite'] }, parts);
  return node.mode === 'parenthetical' ? [{ type: 'text', value: '(' }, cite, { type: 'text', value: ')' }] : [cite];
}

/**
 * A citation as the speaker notes say it: the same short author–year labels as on a slide, as
 * text (no link: the notes are read, not clicked), never a note number or a full reference.
 * `(see Perdue 2005, p. 234; Forsyth 1992)`; a narrative citation keeps the name in the sentence:
 * `Perdue (2005, p. 234)`.
 */
export function spokenCitation(context: RenderContext, node: Citation): ElementContent[] {
  if (node.mode === 'narrative' && node.items.length === 1) {
    const item = node.items[0]!;
    const short = shorten(context.citations.shortLabel(item.key), context.words.noDate);
    const year = yearAtEnd(short, context.words.noDate);
    if (year) {
      const after = [year[1], locatorText(context, item), item.suffix].filter(Boolean).join(', ');
      return [h('span', { className: ['deck-cite'] }, [...label(context, item.key, year.index), { type: 'text', value: ` (${after})` }])];
    }
  }
  const parts: ElementContent[] = [];
  node.items.forEach((item, index) => {
    if (index > 0) parts.push({ type: 'text', value: '; ' });
    if (item.prefix) parts.push({ type: 'text', value: `${item.prefix} ` });
    parts.push(...label(context, item.key));
    const after = [locatorText(context, item), item.suffix].filter(Boolean).join(' ');
    if (after) parts.push({ type: 'text', value: `, ${after}` });
  });
  return [h('span', { className: ['deck-cite'] }, [{ type: 'text', value: '(' }, ...parts, { type: 'text', value: ')' }])];
}

const yearAtEnd = (label: string, noDate: string) => new RegExp(String.raw`\s(\d{4}[a-z]?|${noDate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})$`).exec(label);

/**
 * The work's short label, its own words marked with its language: `<span lang="ru">Лизунов</span>
 * and <span lang="ru">Соловьёв</span> n.d.`. They are found in the whole label, then cut where
 * `shorten` cuts it: a shortened label is a prefix of the whole, an ellipsis and the year. `end`
 * cuts the label there (a narrative citation's name without its year).
 */
function label(context: RenderContext, key: string, end?: number): ElementContent[] {
  const whole = context.citations.shortLabel(key);
  const short = shorten(whole, context.words.noDate).slice(0, end);
  const kept = short === whole ? whole.length : Math.min(short.length, short.includes('…') ? short.indexOf('…') : short.length);
  const parts = workParts(whole, citedWork(context.manuscript, key), context.manuscript.book.lang).map((part) => ({ ...part, end: Math.min(part.end, kept) }));
  return withLanguages(short, parts);
}

/** `p. 210`, `pp. 3–5`, `chap. 4`: the short CSL term (singular or plural) of the book's locale before the value. */
function locatorText(context: RenderContext, item: CitationItem): string | undefined {
  if (!item.locator) return undefined;
  const plural = /[-–—,&]/.test(item.locator);
  const term = context.citations.locatorTerm(item.label ?? 'page', plural);
  return term ? `${term} ${item.locator}` : item.locator;
}

/** Longest label a slide takes whole; a work with no author is labelled by its title, often long. */
const maxLabel = 32;

/** `[Царская грамота тобольским воеводам о приходе …] 1667` → `[Царская грамота тобольским…] 1667`. */
export function shorten(label: string, noDate = 'n.d.'): string {
  if (label.length <= maxLabel) return label;
  const year = yearAtEnd(label, noDate);
  const head = year ? label.slice(0, year.index) : label;
  const words = head.split(/\s+/);
  let short = '';
  for (const word of words) {
    if (short && short.length + word.length + 1 > maxLabel - (year ? year[0].length : 0)) break;
    short = short ? `${short} ${word}` : word;
  }
  const closing = /^[[«“"(]/.test(head) && !/[\]»”")]$/.test(short) ? closer(head[0]!) : '';
  return `${short}…${closing}${year ? year[0] : ''}`;
}

function closer(open: string): string {
  return ({ '[': ']', '«': '»', '“': '”', '"': '"', '(': ')' } as Record<string, string>)[open] ?? '';
}
