/**
 * Names in another language keep their language (WCAG 2.x SC 3.1.2 Language of Parts; EPUB
 * Accessibility Techniques §6): every spelling the front matter gives with a `lang` (people's and
 * places' `aliases`, e.g. `{name: Омск, lang: ru}`) is wrapped, where the text uses it, in
 * `<span lang="ru">` (xhtml.ts adds the matching `xml:lang`). Without it a screen reader reads
 * Cyrillic with the English voice, or not at all.
 * A cited work in another language has its own words (title, names) marked in its citations and
 * its entry by the citation renderer, for every output (render/hast/tag-work-language.ts).
 */
import type { Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { Manuscript } from '../../manuscript/types.ts';

export interface ForeignName {
  name: string;
  lang: string;
}

/** The front matter's aliases that carry a language other than the book's, longest first. */
export function foreignNames(manuscript: Manuscript): ForeignName[] {
  const { book } = manuscript;
  const names = new Map<string, string>();
  for (const entity of [...book.people, ...book.places]) {
    for (const alias of entity.aliases) {
      if (typeof alias === 'string' || !alias.lang || alias.lang.toLowerCase() === book.lang.toLowerCase()) continue;
      if (!names.has(alias.name)) names.set(alias.name, alias.lang);
    }
  }
  return [...names].map(([name, lang]) => ({ name, lang })).sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
}

/** Wraps each occurrence of a foreign name in `tree`'s text in `<span lang>`, outside elements that already say their language. */
export function tagForeignNames(tree: Element, names: readonly ForeignName[]): void {
  if (names.length === 0) return;
  const pattern = new RegExp(names.map((entry) => escape(entry.name)).join('|'), 'gu');
  const langOf = new Map(names.map((entry) => [entry.name, entry.lang]));
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && (node.properties['lang'] !== undefined || node.tagName === 'svg' || node.tagName === 'code')) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const parts = split(node, pattern, langOf);
    if (!parts) return undefined;
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
}

function split(node: Text, pattern: RegExp, langOf: ReadonlyMap<string, string>): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
    parts.push(h('span', { lang: langOf.get(match[0]) ?? '' }, match[0]));
    last = start + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
