/**
 * A section's slide blocks (`::: slide` … `:::`) as what shows on its slide(s). They are rendered
 * from their mdast with the book's own handlers (dates, figures, glance), except citations, which
 * the deck renders as short author–year links to its sources slide. A block that holds a
 * `::timeline` or `::map` makes a figure slide (the figure at full size); a block too long for one
 * slide is set smaller or split between list items into continuation slides (slide-fit.ts).
 */
import type { ElementContent } from 'hast';
import type { List, Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { Div } from '../../manuscript/nodes.ts';
import type { Handlers, State } from 'mdast-util-to-hast';
import { mdastToHast } from '../hast/mdast-to-hast.ts';
import type { Citation, CrossReference } from '../../manuscript/nodes.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { createHandlers } from '../hast/handlers.ts';
import { sanitizeBody, trustedTypes, trustHandlers } from '../hast/sanitize.ts';
import { deckCitation } from './deck-citation.ts';
import { blockLines, fitOf, nodeLines, slideBudget, type SlideFit } from './slide-fit.ts';

export interface SlideBody {
  /** `figure`: the block holds a timeline or a map and the slide is that figure. */
  kind: 'points' | 'figure';
  fit: SlideFit;
  /** One entry per slide: more than one when a long block is split. */
  pages: ElementContent[][];
}

export interface SlideBlockRenderer {
  render(blocks: readonly Div[], chapter: Chapter): SlideBody;
  /** The keys cited on slides so far, in order of first citation. */
  readonly cited: ReadonlySet<string>;
}

function deckCrossReference(part: ElementContent, context: RenderContext): ElementContent {
  if (part.type !== 'element' || part.tagName !== 'a') return part;
  const label = String(part.properties['href']).slice(1);
  if (context.crossReferences.get(label)?.kind === 'section') return { ...part, properties: { ...part.properties, href: `#/${label}` } };
  return { type: 'element', tagName: 'span', properties: { className: ['cross-reference'] }, children: part.children };
}

export function createSlideBlockRenderer(context: RenderContext): SlideBlockRenderer {
  const cited = new Set<string>();
  const hast = (nodes: RootContent[], chapter: Chapter, figurePage = 0): ElementContent[] => {
    const shared = createHandlers(context, chapter);
    const handlers = {
      ...shared,
      citation: (_state: unknown, node: Citation) => deckCitation(context, node, cited),
      // A section is a slide (`#/sec:intro`); a figure, table or equation lives in the notes: its number alone.
      crossReference: (state: State, node: CrossReference) =>
        (shared.crossReference?.(state, node, undefined) as ElementContent[]).map((part) => deckCrossReference(part, context)),
      // Figures laid out for the 1280×720 slide (landscape), not for the book's column.
      leafDirective: (state: State, node: LeafDirective) =>
        node.name === 'timeline' || node.name === 'map'
          ? context.figures.figure(node.name, node.attributes ?? {}, { frame: 'slide', page: figurePage })
          : shared.leafDirective?.(state, node, undefined),
    };
    const root: Root = { type: 'root', children: nodes };
    // The same raw-HTML path as the book (book-to-hast.ts): parsed, then sanitized with our schema,
    // with what Triptych built from typed data (citations, dates, figures) set aside and put back.
    const slots: ElementContent[][] = [];
    const tree = mdastToHast(root, { handlers: trustHandlers(handlers as Handlers, trustedTypes, slots), allowDangerousHtml: true, clobberPrefix: `deck-${chapter.id}-` });
    return sanitizeBody(tree, slots).children as ElementContent[];
  };
  return {
    cited,
    render(blocks, chapter) {
      const nodes = blocks.flatMap((block) => block.children);
      const isFigure = blocks.some(holdsFigure);
      const fit = isFigure ? 'normal' : fitOf(blockLines(blocks));
      if (isFigure) {
        // A timeline too long for one legible slide is drawn a part per slide.
        const count = blocks.some(holdsTimeline) ? context.figures.slidePages('timeline') : 1;
        return { kind: 'figure', fit, pages: Array.from({ length: count }, (_, page) => hast(nodes, chapter, page)) };
      }
      const pages = fit === 'split' ? splitPages(nodes) : [nodes];
      return { kind: 'points', fit, pages: pages.map((page) => hast(page, chapter)) };
    },
  };
}

/** True when a slide block holds a `::timeline` or a `::map`: its slide is that figure. */
export function holdsFigure(block: Div): boolean {
  return block.children.some((node) => node.type === 'leafDirective' && (node.name === 'timeline' || node.name === 'map'));
}

function holdsTimeline(block: Div): boolean {
  return block.children.some((node) => node.type === 'leafDirective' && node.name === 'timeline');
}

/** Splits between list items (a list is cut into two lists) so each page stays within the normal budget. */
function splitPages(nodes: RootContent[]): RootContent[][] {
  const pages: RootContent[][] = [[]];
  let used = 0;
  /** Starts a new page when `lines` would not fit on this one; true when it did. */
  const makeRoom = (lines: number): boolean => {
    if (used === 0 || used + lines <= slideBudget.lines) return false;
    pages.push([]);
    used = 0;
    return true;
  };
  for (const node of nodes) {
    if (node.type !== 'list') {
      const lines = nodeLines(node);
      makeRoom(lines);
      pages[pages.length - 1]!.push(node);
      used += lines;
      continue;
    }
    let fragment: List | undefined;
    node.children.forEach((item, index) => {
      const lines = nodeLines({ ...node, children: [item] });
      if (makeRoom(lines) || !fragment) {
        // An ordered list cut in two keeps counting where it stopped.
        fragment = { ...node, children: [], ...(node.ordered ? { start: (node.start ?? 1) + index } : {}) };
        pages[pages.length - 1]!.push(fragment);
      }
      fragment.children.push(item);
      used += lines;
    });
  }
  return pages;
}
