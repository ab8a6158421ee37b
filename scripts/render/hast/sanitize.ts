/**
 * The manuscript's HTML, made safe once for every output. Raw HTML in the Markdown is parsed
 * (hast-util-raw, the HTML standard's parser) and then cleaned by `hast-util-sanitize` with
 * `bookSchema` (scripts/manuscript/html-schema.ts, which the raw-HTML check reads too), and so are
 * the elements pandoc attributes (`{#id .class key=value}`) were written on.
 *
 * What Triptych itself generates from typed data (citations, dates, the glance block, figures with
 * inline SVG) is trusted: its handlers' output is held aside in a slot while the rest is parsed
 * and sanitized, then put back. A slot marker lives in `data`, which HTML cannot produce, so the
 * manuscript cannot forge one. `checks/raw-html.ts` tells the author what this removes.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Handler, Handlers } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { bookSchema, slotTag } from '../../manuscript/html-schema.ts';
import { reparse } from './reparse.ts';

const slotType = 'triptychSlot';

/** Wraps the handlers of `trusted` node types so their output is kept aside in `slots`. */
/** Node types whose hast Triptych builds from typed data: kept as built, not sanitized. */
export const trustedTypes: ReadonlyArray<keyof Handlers> = ['citation', 'crossReference', 'dateMention', 'leafDirective', 'inlineMath', 'displayMath', 'code'];

export function trustHandlers(handlers: Handlers, trusted: ReadonlyArray<keyof Handlers>, slots: ElementContent[][]): Handlers {
  const wrapped: Handlers = { ...handlers };
  for (const type of trusted) {
    const handler = handlers[type] as Handler | undefined;
    if (!handler) continue;
    const trustedHandler: Handler = (state, node, parent) => {
      const result = handler(state, node, parent);
      if (result === undefined) return undefined;
      slots.push(Array.isArray(result) ? result : [result]);
      // A custom node type: hast-util-raw passes it through untouched (its `passThrough`).
      return { type: slotType, index: slots.length - 1 } as unknown as Element;
    };
    wrapped[type] = trustedHandler;
  }
  return wrapped;
}

/** Parses the raw HTML in `tree`, sanitizes everything but the slots, and puts the slots back. */
export function sanitizeBody(tree: Root, slots: readonly ElementContent[][], file?: VFile): Root {
  // The real HTML parse only where it can change something (reparse.ts): most chapters have no raw HTML.
  const parsed = reparse(tree, { passThrough: [slotType], ...(file ? { file } : {}) });
  mapChildren(parsed, (node) => {
    if ((node.type as string) !== slotType) return [node];
    const index = (node as unknown as { index: number }).index;
    return [{ type: 'element', tagName: slotTag, properties: {}, children: [], data: { triptychSlot: index } as Element['data'] }];
  });
  const clean = sanitize(parsed, bookSchema) as Root;
  mapChildren(clean, (node) => {
    if (node.type !== 'element' || node.tagName !== slotTag) return [node];
    const index = (node.data as { triptychSlot?: unknown } | undefined)?.triptychSlot;
    // A marker without our data was written in the manuscript: it holds nothing of ours.
    return typeof index === 'number' ? (slots[index] ?? []) : node.children;
  });
  return clean;
}

/** Replaces every child, depth first, by what `replace` returns (slots are not descended into). */
function mapChildren(parent: Nodes, replace: (node: ElementContent) => ElementContent[]): void {
  if (!('children' in parent)) return;
  const next: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    const replaced = replace(child);
    if (replaced.length === 1 && replaced[0] === child) mapChildren(child, replace);
    next.push(...replaced);
  }
  parent.children = next as typeof parent.children;
}
