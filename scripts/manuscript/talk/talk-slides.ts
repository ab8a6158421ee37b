/**
 * A chapter written the pandoc way, carved into slides by pandoc's rules
 * (https://pandoc.org/MANUAL.html#structuring-the-slide-show): a heading at the slide level starts
 * a slide; a heading above it starts a title slide (its title, and any content under it); a deeper
 * heading is a heading inside the slide; a horizontal rule (`---`) always starts a new slide,
 * without a title. The chapter itself is a level-1 heading. A section hidden from the deck
 * (`{.content-hidden when-format="revealjs"}` on its heading) is left out with its content.
 * `::: notes` divs come out of the slide into its notes.
 */
import type { Heading, RootContent } from 'mdast';
import type { Div } from '../nodes.ts';
import { visibleIn } from '../visibility.ts';

export interface TalkSlide {
  /** The heading that starts it; none for the chapter's own slide and for a slide a `---` starts. */
  heading?: Heading;
  /** The level of the heading (the chapter's is 1); a `---` slide has the slide level. */
  depth: number;
  /** `title`: a section above the slide level (pandoc's title slide); `slide`: a slide. */
  kind: 'title' | 'slide';
  /** A `---` slide: it continues the slide before it (its id is that one's with a number). */
  afterRule: boolean;
  /** What shows on the slide. */
  nodes: RootContent[];
  /** The content of its `::: notes` divs, for the speaker. */
  notes: RootContent[];
}

export function talkSlides(children: readonly RootContent[], level: number): TalkSlide[] {
  const slides: TalkSlide[] = [{ depth: 1, kind: level > 1 ? 'title' : 'slide', afterRule: false, nodes: [], notes: [] }];
  /** The depth of a hidden section being skipped, if any. */
  let hidden: number | undefined;
  for (const node of children) {
    if (node.type === 'yaml' || node.type === 'definition' || node.type === 'footnoteDefinition') continue;
    if (node.type === 'heading' && hidden !== undefined && node.depth <= hidden) hidden = undefined;
    if (hidden !== undefined) continue;
    if (node.type === 'heading' && !visibleIn(node.data?.attributes, 'deck')) {
      hidden = node.depth;
      continue;
    }
    const current = slides[slides.length - 1]!;
    if (node.type === 'heading' && node.depth <= level) {
      slides.push({ heading: node, depth: node.depth, kind: node.depth < level ? 'title' : 'slide', afterRule: false, nodes: [], notes: [] });
    } else if (node.type === 'thematicBreak') {
      slides.push({ depth: level, kind: 'slide', afterRule: true, nodes: [], notes: [] });
    } else {
      const { shown, notes } = withoutNotes([node]);
      current.nodes.push(...shown);
      current.notes.push(...notes);
    }
  }
  // A `---` with nothing after it before the next heading makes no slide.
  return slides.filter((slide, index) => index === 0 || !slide.afterRule || slide.nodes.length > 0 || slide.notes.length > 0);
}

/** The nodes with every `::: notes` div taken out (at any depth), and the content of those divs. */
export function withoutNotes(nodes: readonly RootContent[]): { shown: RootContent[]; notes: RootContent[] } {
  const notes: RootContent[] = [];
  const strip = (list: readonly RootContent[]): RootContent[] =>
    list.flatMap((node): RootContent[] => {
      if (node.type === 'div' && node.attributes.classes.includes('notes')) {
        notes.push(...node.children);
        return [];
      }
      if (node.type === 'div') return [{ ...node, children: strip(node.children) as Div['children'] }];
      return [node];
    });
  return { shown: strip(nodes), notes };
}
