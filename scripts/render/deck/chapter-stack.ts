/**
 * One chapter as a vertical stack of slides (https://revealjs.com/vertical-slides/): the chapter
 * slide on top, then one slide per section at `deck.slideLevel`. Chapters run left to right, so the
 * overview (Esc) shows one column per chapter; the config's `navigationMode: 'linear'` makes → walk
 * every slide in order. A section's slide shows its slide blocks (and those of its subsections);
 * its prose, subsections included, becomes the speaker notes (speaker-notes.ts). At `slideLevel: 1`
 * the chapter is a single slide.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { holdsFigure, type SlideBlockRenderer, type SlidePage } from './slide-block.ts';
import { noteCitations, speakerNotes, type SpokenCitations } from './speaker-notes.ts';
import { slideAttributes } from './slide-attributes.ts';
import { prunedElement } from '../hast/prune-hidden.ts';
import { slideFragments } from '../../manuscript/talk/fragments.ts';
import type { Attributes, Div } from '../../manuscript/nodes.ts';
import { fill } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/words.ts';

interface Part {
  /** The heading that starts the slide; none for the chapter slide. */
  heading?: Element;
  /** Ids of the headings whose slide blocks this slide shows. */
  ids: string[];
  prose: ElementContent[];
}

export interface BookStackOptions {
  /** Lists step item by item (`deck.incremental`). */
  incremental: boolean;
  /** `::: notes` after the prose (`add`) or in its place (`replace`). */
  notes: 'add' | 'replace';
  /** The book's interface words (i18n/words.ts). */
  words: Words;
}

export function chapterStack(chapterHast: ChapterHast, level: number, blocks: SlideBlockRenderer, say: SpokenCitations['say'], options: BookStackOptions): Element {
  const { chapter, slideBlocks, noteBlocks } = chapterHast;
  // Conditional content for the page or the EPUB only is not the deck's, and a deck-only section is.
  const section = prunedElement(chapterHast.section, 'deck');
  const notes = noteCitations(section.children.find((child): child is Element => isFootnotes(child)));
  const citations: SpokenCitations = { say, noteFor: (href) => notes.get(href) };
  const chapterId = String(section.properties['id']);
  const parts: Part[] = [{ ids: [chapterId], prose: [] }];
  for (const child of section.children.slice(1)) {
    const depth = headingDepth(child);
    if (child.type === 'element' && depth !== undefined) {
      const id = String(child.properties['id'] ?? '');
      if (depth <= level) parts.push({ heading: child, ids: [id], prose: [] });
      else {
        parts[parts.length - 1]!.ids.push(id);
        parts[parts.length - 1]!.prose.push(child);
      }
    } else if (!isFootnotes(child)) parts[parts.length - 1]!.prose.push(child);
  }

  // A footnote cited in a slide block shows at the foot of its slide, numbered as in the book.
  const footnotes = chapterHast.slideNotes;
  const slides: Element[] = [];
  for (const [index, part] of parts.entries()) {
    // Pauses and incremental lists step (manuscript/talk/fragments.ts).
    const all = part.ids.flatMap((id) => slideBlocks.get(id) ?? []).map((block) => ({ ...block, children: slideFragments(block.children, options.incremental) as Div['children'] }));
    const written = blocks.notes(part.ids.flatMap((id) => noteBlocks.get(id) ?? []).flatMap((block) => block.children), chapter);
    // A block with a timeline or a map is a slide of its own; the other blocks share the section's slide.
    const figures = all.filter(holdsFigure);
    const points = all.filter((block) => !holdsFigure(block));
    const groups = points.length > 0 || figures.length === 0 ? [points, ...figures.map((b) => [b])] : figures.map((b) => [b]);
    const heading = index === 0 ? [{ type: 'text' as const, value: chapter.meta.title }] : part.heading!.children;
    const headingText = heading.map(textOf).join('');
    const pages = groups.flatMap((group) => {
      const body = blocks.render(group, chapter, headingText, footnotes);
      return body.pages.map((page, pageIndex) => ({ kind: body.kind, page, continued: pageIndex > 0 }));
    });
    // The chapter slide stays a title card; chapter-level blocks (all of them at slideLevel 1) follow it.
    const empty: SlidePage = { content: [], fit: 'normal', overflow: false };
    if (index === 0 && (pages[0]?.page.content.length ?? 0) > 0) pages.unshift({ kind: 'points', page: empty, continued: false });
    if (pages.length === 0) pages.push({ kind: 'points', page: empty, continued: false });
    pages.forEach(({ kind, page, continued }, n) => {
      const id = (index === 0 ? `deck-${chapterId}` : part.ids[0]!) + (n === 0 ? '' : `-${n + 1}`);
      const opening = index === 0 && n === 0;
      const className = [opening ? 'chapter-slide' : `${kind}-slide`, ...(page.fit === 'normal' ? [] : [page.fit])];
      if (opening || page.content.length === 0) className.push('center');
      const title: ElementContent[] = opening
        ? [
            h('p', { className: ['chapter-number'] }, fill(options.words.chapterNumber, { n: chapter.number })),
            h('h2', chapter.meta.title),
            ...(chapter.meta.summary ? [h('p', { className: ['summary'] }, chapter.meta.summary)] : []),
          ]
        : [h('h2', [...heading, ...(continued ? [h('span', { className: ['continued'] }, ` ${options.words.continued}`)] : [])])];
      // The section's prose, said once: not again on the later parts of a paged timeline.
      const prose = options.notes === 'replace' && written.length > 0 ? [] : part.prose;
      const spoken = speakerNotes(continued && kind === 'figure' ? [] : [...prose, ...(prose.length > 0 && written.length > 0 ? [{ type: 'text' as const, value: '\n' }] : []), ...written], citations);
      // A content slide's heading and body share a frame that deck.css lays over the whole slide, so
      // the body (a figure, or a picture fitted to the space left) takes the height left under the
      // heading by CSS alone. (reveal.js's `r-stretch` measured that height in script, and measured
      // 0 in its scroll view on a phone.) A body that fits at no size scrolls (`scrollable`).
      const content = page.content.length === 0 || opening
        ? title
        : kind === 'figure'
          ? [h('div', { className: ['figure-frame'] }, [...title, ...page.content])]
          : [h('div', { className: ['slide-frame'] }, [...title, h('div', { className: ['slide-body', ...(page.overflow ? ['scrollable'] : [])] }, page.content), ...(page.footnotes ? [page.footnotes] : [])])];
      const attributes = slideAttributes(index === 0 ? chapter.heading?.data?.attributes : headingAttributes(part.heading));
      slides.push(h('section', { id, className: [...className, ...attributes.className], ...attributes.properties }, [...content, ...(spoken ? [spoken] : [])]));
    });
  }
  return h('section', { className: ['chapter-stack'] }, slides);
}

/** The pandoc attributes of the book's heading, from its hast (the classes and `data-*` it was given). */
function headingAttributes(heading: Element | undefined): Attributes | undefined {
  if (!heading) return undefined;
  const classes = Array.isArray(heading.properties['className']) ? heading.properties['className'].map(String) : [];
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(heading.properties)) {
    if (/^data[A-Z]/.test(name) && value !== undefined && value !== null) pairs.push([name.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, ''), String(value)]);
  }
  return { classes, pairs };
}

function headingDepth(node: ElementContent): number | undefined {
  return node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined;
}

function isFootnotes(node: ElementContent): boolean {
  return node.type === 'element' && node.properties['dataFootnotes'] !== undefined;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
