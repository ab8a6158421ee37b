/**
 * Citations link to their bibliography entry (`#ref-<key>`, the citation renderer's contract);
 * this adds the way back: each citation link gets a stable id (`cite-<key>-<n>`, in reading order)
 * and each entry a "Cited in" list linking to every place that cites it. Sections are numbered
 * one at a time, in reading order (`numberCitations`), so the page can keep a chapter's numbered
 * HTML while the citations before it keep their count; then `addBackLinks` writes the lists.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { fill } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/words.ts';

export interface Citing {
  id: string;
  title: string;
}

/** Every place cited so far, by bibliography key, in reading order. */
export type CitingByKey = Map<string, Citing[]>;

/** Gives each citation link in `section` its id, numbering on from `byKey`; returns the `[key, id]` pairs it added. */
export function numberCitations(section: Element, title: string, byKey: CitingByKey): Array<[key: string, id: string]> {
  const added: Array<[string, string]> = [];
  visit(section, 'element', (node) => {
    const href = node.tagName === 'a' ? String(node.properties['href'] ?? '') : '';
    if (!href.startsWith('#ref-')) return;
    const key = href.slice('#ref-'.length);
    const citing = byKey.get(key) ?? [];
    byKey.set(key, citing);
    const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : `cite-${key}-${citing.length + 1}`;
    node.properties['id'] = id;
    citing.push({ id, title });
    added.push([key, id]);
  });
  return added;
}

/** Adds to each entry the "Cited in" links of `byKey`. */
export function addBackLinks(entries: readonly Element[], byKey: CitingByKey, words: Words): void {
  for (const entry of entries) {
    const id = String(entry.properties['id'] ?? '');
    const citing = id.startsWith('ref-') ? byKey.get(id.slice('ref-'.length)) : undefined;
    if (citing?.length) entry.children.push({ type: 'text', value: ' ' }, backLinks(citing, words));
  }
}

/**
 * "Cited in Chapter A 2 3 · Chapter B": a chapter's title links to its first citation of the work,
 * its later ones by number (as Wikipedia's "^ a b"), so a much-cited work stays one short line.
 */
function backLinks(citing: readonly Citing[], words: Words): Element {
  const byChapter = new Map<string, string[]>();
  for (const { id, title } of citing) byChapter.set(title, [...(byChapter.get(title) ?? []), id]);
  const links: ElementContent[] = [];
  for (const [title, ids] of byChapter) {
    if (links.length > 0) links.push({ type: 'text', value: ' · ' });
    ids.forEach((id, index) => {
      if (index > 0) links.push({ type: 'text', value: ' ' });
      links.push(index === 0 ? h('a', { href: `#${id}` }, title) : h('a', { href: `#${id}`, ariaLabel: fill(words.citationNumber, { title, n: index + 1 }) }, String(index + 1)));
    });
  }
  return h('span', { className: ['cited-in'] }, [`${words.citedIn} `, ...links]);
}
