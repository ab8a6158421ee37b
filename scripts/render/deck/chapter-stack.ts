/**
 * One chapter as a vertical stack of slides (https://revealjs.com/vertical-slides/): the chapter
 * slide on top, then one slide per section at `deck.slideLevel`. Chapters run left to right, so the
 * overview (Esc) shows one column per chapter; the config's `navigationMode: 'linear'` makes → walk
 * every slide in order. A section's slide shows its slide blocks (and those of its subsections);
 * its prose, subsections included, becomes the speaker notes. At `slideLevel: 1` the chapter is a
 * single slide.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { holdsFigure, type SlideBlockRenderer } from './slide-block.ts';
import { speakerNotes } from './speaker-notes.ts';
import { fill } from '../../i18n/fill.ts';
import type { Words } from '../../i18n/words.ts';

interface Part {
  /** The heading that starts the slide; none for the chapter slide. */
  heading?: Element;
  /** Ids of the headings whose slide blocks this slide shows. */
  ids: string[];
  prose: ElementContent[];
}

export function chapterStack(chapterHast: ChapterHast, level: number, blocks: SlideBlockRenderer, words: Words): Element {
  const { chapter, section, slideBlocks } = chapterHast;
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

  const slides: Element[] = [];
  for (const [index, part] of parts.entries()) {
    const all = part.ids.flatMap((id) => slideBlocks.get(id) ?? []);
    // A block with a timeline or a map is a slide of its own; the other blocks share the section's slide.
    const figures = all.filter(holdsFigure);
    const points = all.filter((block) => !holdsFigure(block));
    const groups = points.length > 0 || figures.length === 0 ? [points, ...figures.map((b) => [b])] : figures.map((b) => [b]);
    const pages = groups.flatMap((group) => {
      const body = blocks.render(group, chapter);
      return body.pages.map((page, pageIndex) => ({ body, page, continued: pageIndex > 0 }));
    });
    // The chapter slide stays a title card; chapter-level blocks (all of them at slideLevel 1) follow it.
    if (index === 0 && (pages[0]?.page.length ?? 0) > 0) pages.unshift({ body: { kind: 'points', fit: 'normal', pages: [[]] }, page: [], continued: false });
    pages.forEach(({ body, page, continued }, n) => {
      const id = (index === 0 ? `deck-${chapterId}` : part.ids[0]!) + (n === 0 ? '' : `-${n + 1}`);
      const opening = index === 0 && n === 0;
      const className = [opening ? 'chapter-slide' : `${body.kind}-slide`, ...(body.fit === 'dense' ? ['dense'] : [])];
      if (opening || page.length === 0) className.push('center');
      const heading = index === 0 ? [{ type: 'text' as const, value: chapter.meta.title }] : part.heading!.children;
      const title: ElementContent[] = opening
        ? [
            h('p', { className: ['chapter-number'] }, fill(words.chapterNumber, { n: chapter.number })),
            h('h2', chapter.meta.title),
            ...(chapter.meta.summary ? [h('p', { className: ['summary'] }, chapter.meta.summary)] : []),
          ]
        : [h('h2', [...heading, ...(continued ? [h('span', { className: ['continued'] }, ` ${words.continued}`)] : [])])];
      // A figure slide shows the drawing alone; its caption is said aloud, so it opens the notes (the
      // section's prose only once, on the first part of a paged timeline).
      const notes = speakerNotes([...(body.kind === 'figure' ? page.flatMap(figureCaption) : []), ...(continued && body.kind === 'figure' ? [] : part.prose)]);
      // A figure slide's heading and figure share a frame that deck.css lays over the whole slide, so
      // the figure takes the height left under the heading by CSS alone. (reveal.js's `r-stretch`
      // measured that height in script, and measured 0 in its scroll view on a phone.)
      const content = body.kind === 'figure' ? [h('div', { className: ['figure-frame'] }, [...title, ...page])] : [...title, ...page];
      slides.push(h('section', { id, className }, [...content, ...(notes ? [notes] : [])]));
    });
  }
  return h('section', { className: ['chapter-stack'] }, slides);
}

function headingDepth(node: ElementContent): number | undefined {
  return node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined;
}

function isFootnotes(node: ElementContent): boolean {
  return node.type === 'element' && node.properties['dataFootnotes'] !== undefined;
}

/** The caption's first paragraph (not the text alternative that may follow it), as a notes paragraph. */
function figureCaption(node: ElementContent): ElementContent[] {
  if (node.type !== 'element' || node.tagName !== 'figure') return [];
  const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
  if (!caption) return [];
  const paragraph = caption.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
  const inline = caption.children.filter((child) => child.type === 'text' || (child.type === 'element' && !['details', 'table', 'ul', 'p'].includes(child.tagName)));
  return [h('p', { className: ['figure-caption'] }, paragraph ? paragraph.children : inline)];
}
