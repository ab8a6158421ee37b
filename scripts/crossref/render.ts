/**
 * A cross-reference as hast: `Figure 2`, `Table 1`, `Equation (3)`, `Section 2.1`, `Listing 4`, the
 * word the book's own (its language's table, with `words:` over it), linked to its target's id (the
 * label: the EPUB's link table turns it into `chNN.xhtml#fig:map` across files). `[-@fig:map]` gives the number alone,
 * `@Fig:map` a capitalised word; several items are joined by commas. A label the checks did not
 * find (they stop the build) is shown as written.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { h } from 'hastscript';
import type { Words } from '../i18n/words.ts';
import type { CrossReference } from '../manuscript/nodes.ts';
import type { Target } from './targets.ts';

/** `shows`: whether the output shows the target (else the reference is its words alone, linked to nothing); every target by default. */
export function renderCrossReference(node: CrossReference, targets: ReadonlyMap<string, Target>, words: Words, shows: (target: Target) => boolean = () => true): ElementContent[] {
  const out: ElementContent[] = [];
  node.items.forEach((item, index) => {
    if (index > 0) out.push({ type: 'text', value: ', ' });
    if (item.prefix) out.push({ type: 'text', value: `${item.prefix} ` });
    const target = targets.get(item.label);
    if (!target) {
      out.push({ type: 'text', value: `@${item.label}` });
      return;
    }
    const number = target.kind === 'equation' ? `(${target.number})` : target.number;
    let word = words[target.kind];
    if (item.capital) word = word.charAt(0).toLocaleUpperCase(words.locale) + word.slice(1);
    const text = item.numberOnly ? number : `${word}\u00a0${number}`;
    out.push(shows(target) ? h('a', { href: `#${target.label}`, className: ['cross-reference'] }, text) : h('span', { className: ['cross-reference'] }, text));
    if (item.suffix) out.push({ type: 'text', value: /^[,.;:]/.test(item.suffix) ? item.suffix : ` ${item.suffix}` });
  });
  return out;
}

/** The label a figure or table caption starts with: `Figure 2: `. */
export function captionLabel(target: Target, words: Words): string {
  return `${words[target.kind]}\u00a0${target.number}: `;
}

/**
 * The caption of a table labelled in it (`Table: The forts {#tbl:forts}`, syntax/table-captions/)
 * starts with the table's number, made in the handler every output shares (so the deck's table
 * has it too). `parent` holds the caption right after its table; only the table that is the
 * label's target is numbered (a second one with the same label is `xref-duplicate`).
 */
export function numberTableCaption(caption: Element, node: MdastNodes, parent: MdastParents | undefined, targets: ReadonlyMap<string, Target>, words: Words, chapterId: string): Element {
  const siblings: readonly MdastNodes[] = parent && 'children' in parent ? parent.children : [];
  const table = siblings[siblings.indexOf(node) - 1];
  const label = table?.data?.attributes?.id;
  const target = label === undefined ? undefined : targets.get(label);
  if (target?.kind === 'table' && target.chapter.id === chapterId && target.position?.start.offset === table?.position?.start.offset) {
    caption.children.unshift({ type: 'text', value: captionLabel(target, words) });
  }
  return caption;
}

/**
 * Numbers the captions of labelled figures (`Figure 2: The steppe`) in a chapter's hast, where the
 * target's `{#label}` became its `id`. A table's number is made with its caption
 * (`numberTableCaption`), a display equation's with its formula (render/hast/equation.ts), in the
 * handlers the deck's renderer shares.
 */
export function numberTargets(tree: Root, targets: ReadonlyMap<string, Target>, words: Words): void {
  if (targets.size === 0) return;
  visitParents(tree, 'element', (node: Element, ancestors) => {
    const id = node.properties['id'];
    const target = typeof id === 'string' ? targets.get(id) : undefined;
    if (target?.kind !== 'figure') return;
    // The caption of the figure the labelled element is, or is in.
    const holders = [node, ...[...ancestors].reverse()].filter((parent): parent is Element => parent.type === 'element');
    const holder = holders.find((parent) => parent.tagName === 'figure');
    const caption = holder?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
    if (!caption) return;
    caption.children.unshift({ type: 'text', value: captionLabel(target, words) });
    // An implicit figure's caption repeats the image's alt for the eye only; its number is for everyone.
    delete caption.properties['ariaHidden'];
  });
}
