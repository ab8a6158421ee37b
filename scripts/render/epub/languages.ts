/**
 * Names in another language keep their language (WCAG 2.x SC 3.1.2 Language of Parts; EPUB
 * Accessibility Techniques §6): every spelling the front matter gives with a `lang` (people's and
 * places' `aliases`, e.g. `{name: Омск, lang: ru}`) is wrapped, where the text uses it, in
 * `<span lang="ru">` (xhtml.ts adds the matching `xml:lang`). Without it a screen reader reads
 * Cyrillic with the English voice, or not at all.
 * A bibliography entry whose CSL `language` differs from the book's gets `lang` the same way, and
 * so does a citation of it whose label is written in another script (`Златкин 1964`).
 */
import type { Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';
import { toString } from 'mdast-util-to-string';
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

/** Sets `lang` on citation links (`href="#ref-key"`) to a foreign-language entry whose label has non-Latin letters. */
export function tagCitationLanguages(tree: Element, manuscript: Manuscript): void {
  const languages = entryLanguages(manuscript);
  visit(tree, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || node.properties['lang'] !== undefined) return;
    const language = languages.get(href.slice(1));
    if (language && /(?!\p{Script=Latin})\p{L}/u.test(toString(node))) node.properties['lang'] = language;
  });
}

/** Sets `lang` on each bibliography entry (`<li id="ref-key">`) whose CSL `language` is not the book's. */
export function tagBibliographyLanguages(entries: readonly Element[], manuscript: Manuscript): void {
  const languages = entryLanguages(manuscript);
  for (const entry of entries) {
    const language = languages.get(String(entry.properties['id']));
    if (language && entry.properties['lang'] === undefined) entry.properties['lang'] = language;
  }
}

/** `ref-<key>` → the entry's CSL `language`, for entries not in the book's language. */
function entryLanguages(manuscript: Manuscript): Map<string, string> {
  const languages = new Map<string, string>();
  for (const entry of manuscript.bibliography?.entries ?? []) {
    const language = entry['language'];
    if (typeof language === 'string' && language.toLowerCase() !== manuscript.book.lang.toLowerCase()) languages.set(`ref-${entry.id}`, language);
  }
  return languages;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
