/**
 * A chapter written the pandoc way as its vertical stack of slides: carved by pandoc's rules
 * (manuscript/talk/talk-slides.ts), each slide showing its own content, fitted like any slide
 * (slide-block.ts), stepping where the author paused (manuscript/talk/fragments.ts), its
 * `::: notes` as the speaker notes and its heading's attributes on the `<section>`. The chapter
 * opens on a title slide of its own, as pandoc's level-1 headings do; a heading with nothing under
 * it is a title slide, centred, never an empty body.
 */
import type { Words } from '../../i18n/words.ts';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { talkSlides } from '../../manuscript/talk/talk-slides.ts';
import { slideFragments } from '../../manuscript/talk/fragments.ts';
import type { SlideBlockRenderer } from './slide-block.ts';
import { slideAttributes } from './slide-attributes.ts';
import { speakerNotes, type SpokenCitations } from './speaker-notes.ts';

export interface TalkOptions {
  level: number;
  incremental: boolean;
  /** The book's interface words (i18n/words.ts). */
  words: Words;
}

export function talkStack(chapterHast: ChapterHast, blocks: SlideBlockRenderer, say: SpokenCitations['say'], options: TalkOptions): Element {
  const { chapter } = chapterHast;
  const chapterId = String(chapterHast.section.properties['id']);
  const tree = chapterHast.talkTree ?? { type: 'root', children: [] };
  const idOf = (heading: Heading) => String(heading.data?.hProperties?.['id'] ?? '');
  const citations: SpokenCitations = { say, noteFor: () => undefined };
  // Footnotes show at the foot of the slide that cites them, numbered as in the book.
  const footnotes = chapterHast.slideNotes;
  const slides: Element[] = [];
  let lastId = `deck-${chapterId}`;
  let afterRule = 0;
  for (const [n, slide] of talkSlides(tree.children, options.level).entries()) {
    const opening = n === 0;
    // The text before a one-file book's first `#` has no heading of its own: pandoc shows it on an
    // untitled slide, and nothing at all when there is none (the title slide has the book's title).
    const preamble = opening && chapter.heading === undefined && chapter.matter === undefined;
    if (preamble && slide.nodes.length === 0 && slide.notes.length === 0) continue;
    const heading = opening ? chapter.heading : slide.heading;
    const baseId = opening ? `deck-${chapterId}` : slide.heading ? idOf(slide.heading) : lastId;
    afterRule = slide.afterRule ? afterRule + 1 : 0;
    const id = slide.afterRule ? `${baseId}-${afterRule + 1}` : baseId;
    if (!slide.afterRule) lastId = baseId;
    const titleText = preamble ? undefined : opening ? chapter.meta.title : slide.heading ? toString(slide.heading) : undefined;
    const titleContent: ElementContent[] = preamble ? [] : opening ? [{ type: 'text', value: chapter.meta.title }] : slide.heading ? blocks.inline(slide.heading.children as RootContent[], chapter) : [];
    const attributes = slideAttributes(heading?.data?.attributes);
    const nodes = slideFragments(slide.nodes, options.incremental);
    const notes = speakerNotes(blocks.notes(slide.notes, chapter), citations);
    const hasTitle = titleText !== undefined && titleText.trim() !== '';
    // A heading that cites a footnote is drawn with each page, its note at that page's foot.
    const citing = !preamble && !opening && slide.heading && hasTitle && citesNote(slide.heading) ? slide.heading.children : undefined;
    const kindClass = slide.kind === 'title' ? 'section-slide' : 'points-slide';
    if (nodes.length === 0) {
      const page = citing ? blocks.titleOnly(citing, chapter, footnotes) : undefined;
      const title = hasTitle ? [h('h2', page?.title ?? titleContent)] : [];
      slides.push(h('section', { id, className: [kindClass, 'center', ...attributes.className], ...attributes.properties }, [...title, ...(page?.footnotes ? [page.footnotes] : []), ...(notes ? [notes] : [])]));
      continue;
    }
    const body = blocks.renderNodes(nodes, chapter, hasTitle ? titleText : undefined, attributes.className.includes('scrollable'), footnotes, citing);
    body.pages.forEach((page, pageIndex) => {
      const continued = pageIndex > 0;
      const pageTitle = hasTitle ? [h('h2', [...(page.title ?? titleContent), ...(continued ? [h('span', { className: ['continued'] }, ` ${options.words.continued}`)] : [])])] : [];
      const className = ['points-slide', ...(slide.kind === 'title' ? ['section-slide'] : []), ...(page.fit === 'normal' ? [] : [page.fit]), ...attributes.className];
      const frame = h('div', { className: ['slide-frame'] }, [...pageTitle, h('div', { className: ['slide-body', ...(page.overflow ? ['scrollable'] : [])] }, page.content), ...(page.footnotes ? [page.footnotes] : [])]);
      slides.push(h('section', { id: continued ? `${id}-part-${pageIndex + 1}` : id, className, ...attributes.properties }, [frame, ...(notes ? [notes] : [])]));
    });
  }
  return h('section', { className: ['chapter-stack'] }, slides);
}

/** True when the heading holds a footnote reference. */
function citesNote(heading: Heading): boolean {
  let found = false;
  visit(heading, 'footnoteReference', () => {
    found = true;
    return EXIT;
  });
  return found;
}
