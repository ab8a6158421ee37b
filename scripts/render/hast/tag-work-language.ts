/**
 * Marks a cited work's own words with its language in the hast of a citation or a bibliography
 * entry: `<a href="#ref-lizunov_solovyov"><span lang="ru">Лизунов</span> and <span
 * lang="ru">Соловьёв</span>, n.d.</a>`, never the whole link or entry, whose `and`, `n.d.` and
 * punctuation are the style's, in the book's language (work-parts.ts finds the words). The
 * citation renderer does it once for every output (the page, the EPUB and the deck's sources
 * read the same hast); XHTML adds the matching `xml:lang` (epub/xhtml.ts).
 */
import type { Element, ElementContent, Nodes, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { CslItem } from '../../manuscript/csl.ts';
import type { Manuscript } from '../../manuscript/types.ts';
import { workParts, type WorkPart } from './work-parts.ts';

/** What holds one work's text: a citation link, an entry, or the children of a render. */
export interface WorkScope {
  children: ElementContent[];
}

/** Elements a part may be moved onto when it is their whole text (`<i lang="ru">История…</i>`). */
const inline = new Set(['i', 'b', 'em', 'strong', 'cite', 'span', 'sup', 'sub', 'small']);

/**
 * Marks the work's own words inside `scope` (citeproc's text of that one work). Text already
 * inside an element with `lang`, and a URL link, are left as they are, so tagging twice changes
 * nothing.
 */
export function tagWorkLanguage(scope: WorkScope, item: CslItem | undefined, bookLang: string): void {
  if (!item) return;
  const texts: Array<{ node: Text; parent: WorkScope; start: number }> = [];
  let text = '';
  const collect = (parent: WorkScope) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        texts.push({ node: child, parent, start: text.length });
        text += child.value;
      } else if (child.type === 'element') {
        // A barrier: no part runs through it.
        if (child.properties['lang'] !== undefined || isUrlLink(child)) text += '\u0000';
        else collect(child);
      }
    }
  };
  collect(scope);
  const parts = workParts(text, item, bookLang);
  if (parts.length === 0) return;
  // Last text first: splicing a node leaves the places of the nodes before it as they are.
  for (const { node, parent, start } of texts.reverse()) {
    const own = within(node.value, parts.map((part) => ({ ...part, start: part.start - start, end: part.end - start })));
    if (own.length === 0) continue;
    if (own.length === 1 && own[0]!.start === 0 && own[0]!.end === node.value.length && parent !== scope && isBareInline(parent)) {
      (parent as Element).properties['lang'] = own[0]!.lang;
    } else {
      parent.children.splice(parent.children.indexOf(node), 1, ...withLanguages(node.value, own));
    }
  }
}

/**
 * `text` with its parts wrapped in `<span lang>` (a part may reach past either end of `text`):
 * for a label written as a string, such as a slide's short citation.
 */
export function withLanguages(text: string, parts: readonly WorkPart[]): ElementContent[] {
  const out: ElementContent[] = [];
  let cursor = 0;
  for (const { start, end, lang } of within(text, parts)) {
    if (start > cursor) out.push({ type: 'text', value: text.slice(cursor, start) });
    out.push(h('span', { lang }, text.slice(start, end)));
    cursor = end;
  }
  if (cursor < text.length) out.push({ type: 'text', value: text.slice(cursor) });
  return out;
}

/** The parts cut to `text`, in order, without the white space at their ends (it has no language, and a span should not start with it). */
function within(text: string, parts: readonly WorkPart[]): WorkPart[] {
  const out: WorkPart[] = [];
  for (const part of parts) {
    let start = Math.max(part.start, out.at(-1)?.end ?? 0, 0);
    let end = Math.min(part.end, text.length);
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, lang: part.lang });
  }
  return out;
}

/**
 * Marks the works' words in every citation link (`href="#ref-<key>"`) and bibliography entry
 * (`id="ref-<key>"`) in `tree`, the work found by its key.
 */
export function tagCitedWorks(tree: Nodes, work: (key: string) => CslItem | undefined, bookLang: string): void {
  visit(tree, 'element', (node: Element) => {
    const href = node.tagName === 'a' ? node.properties['href'] : undefined;
    const id = node.tagName === 'li' ? node.properties['id'] : undefined;
    const key = typeof href === 'string' && href.startsWith('#ref-') ? decodeKey(href.slice('#ref-'.length)) : typeof id === 'string' && id.startsWith('ref-') ? id.slice('ref-'.length) : undefined;
    if (key === undefined) return undefined;
    tagWorkLanguage(node, work(key), bookLang);
    return SKIP;
  });
}

/** The bibliography's entries by id (the first of two with one id), made once per bibliography. */
const byKey = new WeakMap<readonly CslItem[], Map<string, CslItem>>();

/** The manuscript's bibliography entry with the id `key`. */
export function citedWork(manuscript: Manuscript, key: string): CslItem | undefined {
  const entries = manuscript.bibliography?.entries;
  if (!entries) return undefined;
  let map = byKey.get(entries);
  if (!map) {
    map = new Map();
    for (const entry of entries) if (!map.has(String(entry.id))) map.set(String(entry.id), entry);
    byKey.set(entries, map);
  }
  return map.get(key);
}

function isBareInline(parent: WorkScope): boolean {
  const element = parent as Partial<Element>;
  return element.type === 'element' && inline.has(element.tagName ?? '') && element.properties?.['lang'] === undefined && parent.children.length === 1;
}

function isUrlLink(element: Element): boolean {
  const href = element.properties['href'];
  return element.tagName === 'a' && typeof href === 'string' && !href.startsWith('#');
}

/** The key of a `#ref-` link (engine.ts's `entryHref` escapes a few characters). */
function decodeKey(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
