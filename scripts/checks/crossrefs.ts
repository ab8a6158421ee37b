/**
 * Cross-references (`@fig:map`, `[@tbl-data]`; crossref/label.ts): each names a label written on a
 * figure, table, equation, section or listing of the book (crossref/targets.ts), of the kind its
 * prefix says; and no label is also a bibliography key, which `@key` could then mean either way.
 */
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import type { CrossReference } from '../manuscript/nodes.ts';
import { closest } from '../citations/closest.ts';
import { crossReferenceTargets } from '../crossref/targets.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

export const crossReferencesCheck: Check = {
  name: 'cross-references',
  rules: [
    { id: 'xref-unknown', severity: 'error', locked: true, summary: 'a cross-reference (`@fig:map`, `[@tbl-data]`, `@sec:intro`) whose label no figure, table, equation, section or listing carries (`{#fig:map}`); the message suggests the nearest label: fix it, or write the label on its target' },
    { id: 'xref-citation-key', severity: 'error', locked: true, summary: 'a cross-reference label that is also a bibliography key, so `@key` could mean either; rename the label or the entry' },
  ],
  run(manuscript) {
    const targets = crossReferenceTargets(manuscript.chapters, manuscript.book['crossref-numbering']);
    const labels = [...targets.keys()];
    const keys = new Set((manuscript.bibliography?.entries ?? []).map((entry) => String(entry.id)));
    for (const chapter of manuscript.chapters) {
      if (isReused(chapter)) continue;
      visit(chapter.tree, 'crossReference', (node: CrossReference) => {
        for (const item of node.items) {
          const place = item.position ?? node.position;
          if (keys.has(item.label)) {
            report(chapter.file, `The cross-reference label \`${item.label}\` is also a bibliography key, so \`@${item.label}\` could mean the ${labelWord(item.label)} or the work; rename the label (\`{#${item.label}-1}\`) or the entry`, place, 'xref-citation-key');
          } else if (!targets.has(item.label)) {
            const near = closest(item.label, labels);
            report(chapter.file, `Unknown cross-reference \`@${item.label}\`: no ${labelWord(item.label)} of the book carries the label \`{#${item.label}}\`, so it cannot be numbered or linked; ${near ? `did you mean \`@${near}\`? ` : ''}fix the label, or write it on its target (\`![caption](map.png){#${item.label}}\`, \`## Heading {#${item.label}}\`)`, place, 'xref-unknown');
          }
        }
      });
    }
  },
};

function labelWord(label: string): string {
  return { fig: 'figure', tbl: 'table', eq: 'equation', sec: 'section', lst: 'listing' }[label.slice(0, label.search(/[:-]/))] ?? 'target';
}
