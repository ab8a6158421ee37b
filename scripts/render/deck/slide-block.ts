/**
 * A section's slide blocks (`::: slide` … `:::`) as what shows on its slide(s). They are rendered
 * from their mdast with the book's own handlers (dates, figures, glance), except citations, which
 * the deck renders as short author–year links to its sources slide. A block that holds a
 * `::timeline` or `::map` makes a figure slide (the figure at full size); a block too long for one
 * slide is set smaller or split into continuation slides (manuscript/slide-fit/paginate.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { FootnoteReference, PhrasingContent, Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { Handlers, State } from 'mdast-util-to-hast';
import { mdastToHast } from '../hast/mdast-to-hast.ts';
import type { Citation, CrossReference, Div } from '../../manuscript/nodes.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { createHandlers } from '../hast/handlers.ts';
import { sanitizeBody, trustedTypes, trustHandlers } from '../hast/sanitize.ts';
import { deckCitation, spokenCitation } from './deck-citation.ts';
import { fitSlide } from '../../manuscript/slide-fit/paginate.ts';
import type { FitLevel } from '../../manuscript/slide-fit/geometry.ts';
import { pruneHidden } from '../hast/prune-hidden.ts';
import { columnWidths } from './columns.ts';
import { numberTargets, renderCrossReference } from '../../crossref/render.ts';
import { notesCited, type SlideNotes } from '../../manuscript/talk/slide-footnotes.ts';
import { slideFootnotes, slideNoteReference, type PageNotes } from './slide-footnotes.ts';

export interface SlidePage {
  content: ElementContent[];
  /** The level the page is set at (manuscript/slide-fit/geometry.ts). */
  fit: FitLevel;
  /** The page does not fit even at the floor: it scrolls, and the check has told the author. */
  overflow: boolean;
  /** The footnotes its title and content cite, for the slide's foot (slide-footnotes.ts). */
  footnotes?: Element;
  /** The slide's title as this page shows it, when its heading cites a footnote (its reference numbered on this page). */
  title?: ElementContent[];
}

export interface SlideBody {
  /** `figure`: the block holds a timeline or a map and the slide is that figure. */
  kind: 'points' | 'figure';
  /** One entry per slide: more than one when a long block is split. */
  pages: SlidePage[];
}

export interface SlideBlockRenderer {
  /** `title`: the slide's heading, whose lines take room from the body; `notes`: the chapter's footnotes. */
  render(blocks: readonly Div[], chapter: Chapter, title: string | undefined, notes?: SlideNotes): SlideBody;
  /** A slide's content (a pandoc-style slide): fitted, or as one page that scrolls (`.scrollable`). */
  renderNodes(nodes: readonly RootContent[], chapter: Chapter, title: string | undefined, scrollable?: boolean, notes?: SlideNotes, heading?: readonly PhrasingContent[]): SlideBody;
  /**
   * A slide with a title and no body whose heading (`heading`: its phrasing content) cites a
   * footnote: the title with its reference, and the note for the slide's foot.
   */
  titleOnly(heading: readonly PhrasingContent[], chapter: Chapter, notes: SlideNotes | undefined): SlidePage;
  /** Phrasing content (a slide's heading) as the slides show it. */
  inline(nodes: readonly RootContent[], chapter: Chapter): ElementContent[];
  /** Notes written for the speaker (`::: notes`), as the book would render them, for speaker-notes.ts to make speakable. */
  notes(nodes: readonly RootContent[], chapter: Chapter): ElementContent[];
  /** The keys cited on slides so far, in order of first citation. */
  readonly cited: ReadonlySet<string>;
}

/** A section is a slide, and a figure, table or equation written on a slide is on it (`#/<label>`); one in the notes only is its number alone. */
function deckCrossReference(part: ElementContent, context: RenderContext, onSlides: ReadonlySet<string>): ElementContent {
  if (part.type !== 'element' || part.tagName !== 'a') return part;
  const label = String(part.properties['href']).slice(1);
  if (context.crossReferences.get(label)?.kind === 'section' || onSlides.has(label)) return { ...part, properties: { ...part.properties, href: `#/${label}` } };
  return { type: 'element', tagName: 'span', properties: { className: ['cross-reference'] }, children: part.children };
}

/** `onSlides`: the labels of the figures, tables and equations the deck's slides show (labels-on-slides.ts). */
export function createSlideBlockRenderer(context: RenderContext, onSlides: ReadonlySet<string> = new Set()): SlideBlockRenderer {
  const cited = new Set<string>();
  /** Pages rendered so far: each page's footnote ids get a prefix of their own. */
  let pageCount = 0;
  const hast = (nodes: RootContent[], chapter: Chapter, figurePage = 0, page?: PageNotes): ElementContent[] => {
    const shared = createHandlers(context, chapter);
    const handlers = {
      ...shared,
      citation: (_state: unknown, node: Citation) => deckCitation(context, node, cited),
      crossReference: (_state: State, node: CrossReference) =>
        renderCrossReference(node, context.crossReferences, context.words).map((part) => deckCrossReference(part, context, onSlides)),
      footnoteReference: (_state: State, node: FootnoteReference) => slideNoteReference(node, page),
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
    const body = sanitizeBody(tree, slots);
    // Captions numbered as the book numbers them (`Table 1: …`), from the labels the nodes carry as ids.
    numberTargets(body, context.crossReferences, context.words);
    return forDeck(body.children as ElementContent[]);
  };
  /** Phrasing content (a slide's title) as the slides show it; `page`: the page whose notes its footnote references point to. */
  const inline = (nodes: readonly PhrasingContent[], chapter: Chapter, page?: PageNotes): ElementContent[] => {
    const [paragraph] = hast([{ type: 'paragraph', children: [...nodes] }], chapter, 0, page);
    return paragraph?.type === 'element' ? paragraph.children : [];
  };
  /**
   * One page of a slide: its content, and the footnotes it cites at its foot. `heading`: the
   * slide's title when it cites a footnote: shown on every page, its notes first at each foot.
   */
  const renderPage = (nodes: RootContent[], chapter: Chapter, fit: FitLevel, overflow: boolean, notes: SlideNotes | undefined, heading?: readonly PhrasingContent[]): SlidePage => {
    const page: PageNotes = { notes, prefix: `deck-${chapter.id}-p${++pageCount}-` };
    const titleNodes: RootContent[] = heading ? [{ type: 'paragraph', children: [...heading] }] : [];
    const footnotes = slideFootnotes(notesCited([...titleNodes, ...nodes], notes), page, (note) => hast(note, chapter, 0, page));
    return {
      content: markImages(hast(nodes, chapter, 0, page)),
      fit,
      overflow,
      ...(footnotes ? { footnotes } : {}),
      ...(heading ? { title: inline(heading, chapter, page) } : {}),
    };
  };
  const renderNodes = (nodes: readonly RootContent[], chapter: Chapter, title: string | undefined, scrollable = false, notes?: SlideNotes, heading?: readonly PhrasingContent[]): SlideBody => {
    if (scrollable) return { kind: 'points', pages: [renderPage([...nodes], chapter, 'normal', true, notes, heading)] };
    const fitted = fitSlide(nodes, title, notes);
    return { kind: 'points', pages: fitted.pages.map((page) => renderPage(page.nodes, chapter, page.level, page.overflow !== undefined, notes, heading)) };
  };
  return {
    cited,
    renderNodes,
    titleOnly: (heading, chapter, notes) => renderPage([], chapter, 'normal', false, notes, heading),
    inline: (nodes, chapter) => inline(nodes as PhrasingContent[], chapter),
    notes(nodes, chapter) {
      if (nodes.length === 0) return [];
      const slots: ElementContent[][] = [];
      // A citation is said as the notes say one, without entering the book's citation order.
      const handlers = { ...createHandlers(context, chapter), citation: (_state: unknown, node: Citation) => spokenCitation(context, node) };
      const tree = mdastToHast({ type: 'root', children: [...nodes] }, { handlers: trustHandlers(handlers as Handlers, trustedTypes, slots), allowDangerousHtml: true, clobberPrefix: `deck-${chapter.id}-` });
      return pruneHidden(sanitizeBody(tree, slots).children as ElementContent[], 'deck');
    },
    render(blocks, chapter, title, notes) {
      const nodes = blocks.flatMap((block) => block.children);
      if (blocks.some(holdsFigure)) {
        // A timeline too long for one legible slide is drawn a part per slide.
        const count = blocks.some(holdsTimeline) ? context.figures.slidePages('timeline') : 1;
        return { kind: 'figure', pages: Array.from({ length: count }, (_, page) => ({ content: hast(nodes, chapter, page), fit: 'normal' as const, overflow: false })) };
      }
      return renderNodes(nodes, chapter, title, false, notes);
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

function classList(node: Element): string[] {
  const classes = node.properties['className'];
  return Array.isArray(classes) ? classes.map(String) : [];
}

function isClass(node: Element, name: string): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
}

/** What the deck shows of rendered content: conditional content for other outputs gone, columns at their widths. */
function forDeck(content: ElementContent[]): ElementContent[] {
  return columnWidths(pruneHidden(content, 'deck'));
}

/**
 * A paragraph that holds only images is a picture fitted to the space the slide leaves
 * (deck.css: `.slide-image`), never run off the slide.
 */
function markImages(content: ElementContent[]): ElementContent[] {
  return content.map((node) => {
    if (node.type !== 'element') return node;
    // Columns side by side: a picture alone in a paragraph of a column is fitted the same way.
    if (isClass(node, 'columns') || isClass(node, 'column')) return { ...node, children: markImages(node.children) };
    // An implicit figure (pandoc's `implicit_figures`: a picture alone in a paragraph, its alt the caption) is fitted the same way.
    if (node.tagName === 'figure' && node.children.some((child) => child.type === 'element' && child.tagName === 'img')) {
      return { ...node, properties: { ...node.properties, className: [...classList(node), 'slide-image', 'slide-figure'] } };
    }
    if (node.tagName !== 'p') return node;
    const images = node.children.filter((child) => child.type === 'element' && child.tagName === 'img');
    const rest = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'img') && !(child.type === 'text' && child.value.trim() === ''));
    return images.length > 0 && rest.length === 0 ? { ...node, properties: { ...node.properties, className: ['slide-image'] } } : node;
  });
}
