/**
 * Cross-references (`@fig:map`, `[@tbl-data]`; crossref/label.ts): each names a label written on a
 * figure, table, equation, section or listing of the book (crossref/targets.ts), of the kind its
 * prefix says; and no label is also a bibliography key, which `@key` could then mean either way.
 * Each label is written once in the book, with a name after its prefix.
 */
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import type { CrossReference } from '../manuscript/nodes.ts';
import { closest } from '../citations/closest.ts';
import { crossReferenceTargets } from '../crossref/targets.ts';
import { labelKind } from '../crossref/label.ts';
import type { Chapter } from '../manuscript/types.ts';
import type { Nodes } from 'mdast';
import type { Position } from 'unist';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

export const crossReferencesCheck: Check = {
  name: 'cross-references',
  rules: [
    { id: 'xref-unknown', severity: 'error', locked: true, summary: 'a cross-reference (`@fig:map`, `[@tbl-data]`, `@sec:intro`) whose label no figure, table, equation, section or listing carries (`{#fig:map}`); the message suggests the nearest label: fix it, or write the label on its target' },
    { id: 'xref-citation-key', severity: 'error', locked: true, summary: 'a cross-reference label that is also a bibliography key, so `@key` could mean either; rename the label or the entry' },
    { id: 'xref-duplicate', severity: 'error', summary: 'a label (`{#eq:energy}`) written on two figures, tables, equations, sections or listings (reported at the second, which is not numbered): a reference could mean either; give each its own label' },
    { id: 'xref-label-empty', severity: 'warning', summary: 'a label that is a prefix alone (`{#eq:}`, `{#fig-}`): nothing can refer to it, so its target is not numbered; write a name after the prefix (`{#eq:energy}`)' },
  ],
  run(manuscript) {
    const targets = crossReferenceTargets(manuscript.chapters, manuscript.book['crossref-numbering']);
    const labels = [...targets.keys()];
    const keys = new Set((manuscript.bibliography?.entries ?? []).map((entry) => String(entry.id)));
    checkWrittenLabels(manuscript.chapters);
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

/**
 * The labels written on the book's nodes (`{#eq:energy}`): each once in the book, as pandoc-crossref
 * requires ("Duplicate label"), and each with a name after its prefix.
 */
function checkWrittenLabels(chapters: readonly Chapter[]): void {
  const first = new Map<string, { chapter: Chapter; place: Position | undefined }>();
  for (const chapter of chapters) {
    visit(chapter.tree, (node: Nodes) => {
      const attributes = node.data?.attributes;
      const label = attributes?.id;
      if (!label) return;
      const place = attributes.position ?? node.position;
      if (emptyLabel.test(label)) {
        if (!isReused(chapter)) report(chapter.file, `The label \`{#${label}}\` is a prefix with no name after it, so no reference can name this ${labelWord(label)} and it is not numbered; write a name after \`${label}\` (\`{#${label}energy}\`), as in \`@${label}energy\``, place, 'xref-label-empty', 'warning');
        return;
      }
      if (labelKind(label) === undefined) return;
      const earlier = first.get(label);
      if (!earlier) {
        first.set(label, { chapter, place });
        return;
      }
      if (isReused(chapter)) return;
      const line = earlier.place ? `line ${earlier.place.start.line}` : 'earlier';
      const where = earlier.chapter.file === chapter.file ? line : `\`${earlier.chapter.file.basename}\`, ${line}`;
      report(chapter.file, `The label \`{#${label}}\` is already written on another ${labelWord(label)} (${where}), so \`@${label}\` could mean either and this one is not numbered; give this ${labelWord(label)} a label of its own`, place, 'xref-duplicate');
    });
  }
}

/** A kind's prefix and nothing after it. */
const emptyLabel = /^(?:fig|tbl|eq|sec|lst)[:-]$/i;

function labelWord(label: string): string {
  return { fig: 'figure', tbl: 'table', eq: 'equation', sec: 'section', lst: 'listing' }[label.slice(0, label.search(/[:-]/))] ?? 'target';
}
