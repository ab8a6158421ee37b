/**
 * Citations link to their bibliography entry (`#ref-<key>`, the citation renderer's contract);
 * this adds the way back: each citation link gets a stable id (`cite-<key>-<n>`, in reading order)
 * and each entry a "Cited in" list linking to every place that cites it.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface CitingSection {
  title: string;
  section: Element;
}

interface Citing {
  id: string;
  title: string;
}

export function citationBackLinks(sections: readonly CitingSection[], entries: readonly Element[]): void {
  const byKey = new Map<string, Citing[]>();
  for (const { title, section } of sections) {
    visit(section, 'element', (node) => {
      const href = node.tagName === 'a' ? String(node.properties['href'] ?? '') : '';
      if (!href.startsWith('#ref-')) return;
      const key = href.slice('#ref-'.length);
      const citing = byKey.get(key) ?? [];
      byKey.set(key, citing);
      const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : `cite-${key}-${citing.length + 1}`;
      node.properties['id'] = id;
      citing.push({ id, title });
    });
  }
  for (const entry of entries) {
    const id = String(entry.properties['id'] ?? '');
    const citing = id.startsWith('ref-') ? byKey.get(id.slice('ref-'.length)) : undefined;
    if (citing?.length) entry.children.push({ type: 'text', value: ' ' }, backLinks(citing));
  }
}

function backLinks(citing: readonly Citing[]): Element {
  const links: ElementContent[] = [];
  const seen = new Map<string, number>();
  citing.forEach(({ id, title }, index) => {
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    if (index > 0) links.push({ type: 'text', value: ', ' });
    links.push(h('a', { href: `#${id}` }, n === 1 ? title : `${title} (${n})`));
  });
  return h('span', { className: ['cited-in'] }, ['Cited in ', ...links]);
}
