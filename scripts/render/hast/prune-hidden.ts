/**
 * Conditional content (manuscript/visibility.ts) in rendered hast: an element marked
 * `content-visible`/`content-hidden` is dropped from an output it is not for and unwrapped in one
 * it is for (its content stays, the marker element goes). The book's hast is shared by the page
 * and the EPUB, so each output prunes its own copy. The page and the EPUB also drop a heading with
 * no text, which pandoc's slides use to start a slide with only a background.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visibleByClass, type Output } from '../../manuscript/visibility.ts';

export function pruneHidden(nodes: readonly ElementContent[], output: Output): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    // A heading with no text (`## {background-image="x.png"}`) only starts a slide: the book has no use for it.
    if (output !== 'deck' && isEmptyHeading(node)) return [];
    const classes = Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : [];
    const conditional = classes.includes('content-visible') || classes.includes('content-hidden');
    if (!conditional) return node.children.length === 0 ? [node] : [{ ...node, children: pruneHidden(node.children, output) }];
    const pairs = new Map<string, string>();
    for (const [property, key] of [['dataWhenFormat', 'when-format'], ['dataUnlessFormat', 'unless-format']] as const) {
      const value = node.properties[property];
      if (value !== undefined && value !== null) pairs.set(key, String(value));
    }
    return visibleByClass(classes, pairs, output) ? pruneHidden(node.children, output) : [];
  });
}

/** The same over an element in place of its children (a chapter's `<section>`). */
export function prunedElement(element: Element, output: Output): Element {
  return { ...element, children: pruneHidden(element.children, output) };
}

function isEmptyHeading(node: Element): boolean {
  return /^h[1-6]$/.test(node.tagName) && textOf(node).trim() === '';
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** True when a tree holds conditional content (or a heading with no text) at all (most books have none: nothing to copy). */
export function holdsConditional(root: Root | Element): boolean {
  const walk = (node: Root | ElementContent): boolean => {
    if (node.type !== 'element' && node.type !== 'root') return false;
    if (node.type === 'element') {
      if (isEmptyHeading(node)) return true;
      const classes = node.properties['className'];
      if (Array.isArray(classes) && (classes.includes('content-visible') || classes.includes('content-hidden'))) return true;
    }
    return node.children.some((child) => walk(child as ElementContent));
  };
  return walk(root);
}

/** The chapters as one output shows them: those holding conditional content pruned for it, the rest as they are (same objects, so memos keep them). */
export function chaptersFor<T extends { section: Element }>(chapters: readonly T[], output: Output): T[] {
  return chapters.map((chapter) => (holdsConditional(chapter.section) ? { ...chapter, section: prunedElement(chapter.section, output) } : chapter));
}
