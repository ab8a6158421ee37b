/**
 * First version of the citation renderer: author–year labels built from CSL-JSON, each linking to
 * its bibliography entry. The checks issue replaces this with citeproc-js and real CSL styles.
 */
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Manuscript } from '../manuscript/types.ts';
import type { CslItem } from '../manuscript/csl.ts';
import type { CitationRenderer } from '../render/context.ts';

export function createCitationRenderer(manuscript: Manuscript): CitationRenderer {
  const entries = new Map((manuscript.bibliography?.entries ?? []).map((entry) => [entry.id, entry]));
  const label = (key: string) => {
    const entry = entries.get(key);
    return entry ? `${authorName(entry)} ${year(entry)}`.trim() : key;
  };
  return {
    cite(node) {
      const parts: ElementContent[] = [];
      node.items.forEach((item, index) => {
        if (index > 0) parts.push({ type: 'text', value: '; ' });
        const text = [item.prefix, label(item.key) + (item.locator ? `, ${item.locator}` : ''), item.suffix].filter(Boolean).join(' ');
        parts.push(h('a', { href: `#ref-${item.key}`, className: ['citation'] }, text));
      });
      return node.mode === 'parenthetical' ? [{ type: 'text', value: '(' }, ...parts, { type: 'text', value: ')' }] : parts;
    },
    bibliography(): Element[] {
      return [...entries.values()]
        .sort((a, b) => authorName(a).localeCompare(authorName(b)))
        .map((entry) => h('li', { id: `ref-${entry.id}` }, `${authorName(entry)}. ${year(entry)}. ${entry.title ?? ''}.`));
    },
    shortLabel: label,
  };
}

function authorName(entry: CslItem): string {
  const first = entry.author?.[0];
  return first?.family ?? first?.literal ?? entry.title ?? entry.id;
}

function year(entry: CslItem): string {
  return String(entry.issued?.['date-parts']?.[0]?.[0] ?? entry.issued?.literal ?? 'n.d.');
}
