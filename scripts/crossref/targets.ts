/**
 * The numbered things a cross-reference may name, found by the `{#label}` written on them
 * (`node.data.attributes.id`, nodes.ts's contract): a heading (`sec`), a figure (`fig`: an image,
 * or a fenced div holding one), a table (`tbl`), display math (`eq`) and a code block (`lst`), in
 * reading order. Figures, tables, equations and listings are numbered through the book (`1, 2…`)
 * or, with `crossref-numbering: chapter`, within each chapter (`2.1, 2.2…`); a section by its place
 * in its chapter (`Section 2.1`: the second chapter's first section). pandoc-crossref and Quarto
 * number the same way.
 */
import type { Heading, Nodes, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { isSlideBlock } from '../manuscript/slide-blocks.ts';
import type { Chapter } from '../manuscript/types.ts';
import { labelKind, type CrossReferenceKind } from './label.ts';

export interface Target {
  label: string;
  kind: CrossReferenceKind;
  /** As printed: `2`, `2.1`. */
  number: string;
  chapter: Chapter;
  position: import('unist').Position | undefined;
  /** Written inside a `::: slide` block: the deck shows it, the book does not (a reference there is its number alone). */
  slideOnly: boolean;
}

export function crossReferenceTargets(chapters: readonly Chapter[], numbering: 'book' | 'chapter'): Map<string, Target> {
  const targets = new Map<string, Target>();
  const book = new Map<CrossReferenceKind, number>();
  for (const chapter of chapters) {
    const counts = numbering === 'book' ? book : new Map<CrossReferenceKind, number>();
    const sections: number[] = [];
    visitParents(chapter.tree as Root, (node: Nodes, ancestors: Nodes[]) => {
      if (node.type === 'heading') countSection(sections, node);
      const label = node.data?.attributes?.id;
      const kind = label === undefined ? undefined : labelKind(label);
      if (!label || !kind || targets.has(label)) return;
      let number: string;
      if (kind === 'section') {
        if (node.type !== 'heading') return;
        number = [chapter.number, ...sections].join('.');
      } else {
        const n = (counts.get(kind) ?? 0) + 1;
        counts.set(kind, n);
        number = numbering === 'book' ? String(n) : `${chapter.number}.${n}`;
      }
      targets.set(label, { label, kind, number, chapter, position: node.position, slideOnly: ancestors.some(isSlideBlock) });
    });
  }
  return targets;
}

/** A chapter's headings start at level 2 (its title is its level 1): `##` is `n`, `###` is `n.m`. */
function countSection(sections: number[], heading: Heading): void {
  const level = Math.max(0, heading.depth - 2);
  sections.length = level + 1;
  for (let i = 0; i < level; i++) sections[i] ??= 0;
  sections[level] = (sections[level] ?? 0) + 1;
}
