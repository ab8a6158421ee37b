/**
 * Display math with a label (`$$ E = mc^2 $$ {#eq:energy}`, syntax/equation-labels/): the formula
 * and its number side by side, `(1)` at the right as pandoc-crossref and LaTeX's `equation` set it,
 * in a `<span>` that carries the label as its id (and the block's classes), so a reference's link
 * lands on the equation. Made here, in the handler every output shares, so the page, the EPUB and
 * the deck all show the number. Only the equation the label's target is numbered: a second one
 * with the same label (`xref-duplicate`) or a label with no name (`{#eq:}`, `xref-label-empty`)
 * keeps its formula alone. An unlabelled formula is math.ts's `<math>` alone.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DisplayMath } from '../../syntax/math/index.ts';
import { attributesToProperties } from '../../syntax/pandoc-attributes/to-properties.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { mathElement } from './math.ts';

export function displayEquation(node: DisplayMath, context: RenderContext, chapter: Chapter): ElementContent {
  const math = mathElement(node, context.engines.math);
  const attributes = node.data?.attributes;
  if (!attributes?.id) return math;
  const properties = attributesToProperties(attributes, 'span');
  properties['className'] = ['equation', ...((properties['className'] as string[] | undefined) ?? [])];
  const target = context.crossReferences.get(attributes.id);
  const numbered = target?.kind === 'equation' && target.chapter.id === chapter.id && target.position?.start.offset === node.position?.start.offset;
  return h('span', properties, numbered ? [math, h('span', { className: ['equation-number'] }, `(${target.number})`)] : [math]);
}
