/**
 * The book as hast, shared by every renderer (pandoc's EPUB writer reuses its HTML writer the same
 * way): one `<section>` per chapter with its `<h1>`, heading ids unique across the whole book,
 * footnotes kept per chapter, and a table of contents built from the headings.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { BookSlugger } from '../../manuscript/book-slugger.ts';
import { numberTargets } from '../../crossref/render.ts';
import { visit } from 'unist-util-visit';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { createHandlers } from './handlers.ts';
import { mdastToHast } from './mdast-to-hast.ts';
import type { Handlers } from 'mdast-util-to-hast';
import { sanitizeBody, trustedTypes, trustHandlers } from './sanitize.ts';
import { memoizedChapterHast } from '../incremental/chapter-hast-memo.ts';
import type { RenderMemo } from '../incremental/render-memo.ts';


export interface TocEntry {
  id: string;
  title: string;
  depth: number;
  children: TocEntry[];
}

export interface ChapterHast {
  chapter: Chapter;
  /** The chapter's `<section>` with an `<h1>` and its content (and footnotes). */
  section: Element;
  toc: TocEntry;
  /** The slide blocks (`:::slide`) as mdast, by the id of the heading whose section holds them: the deck renders them its own way. */
  slideBlocks: Map<string, ContainerDirective[]>;
}

/** With `memo` (`triptych dev`), a chapter whose inputs did not change since the last build is not rendered again. */
export function bookToHast(context: RenderContext, memo?: RenderMemo): ChapterHast[] {
  const slugger = new BookSlugger();
  return context.manuscript.chapters.map((chapter) =>
    memo
      ? memoizedChapterHast(memo, chapter, slugger, (slug) => chapterToHast(context, chapter, slug))
      : chapterToHast(context, chapter, (title) => slugger.slug(title)),
  );
}

/** `slug` gives each heading its id, unique across the book. */
function chapterToHast(context: RenderContext, chapter: Chapter, slug: (title: string) => string): ChapterHast {
  const toc: TocEntry = { id: slug(chapter.id), title: chapter.meta.title, depth: 1, children: [] };
  const tree = structuredClone(chapter.tree) as Root;
  // A note style's citations become footnotes, placed by the footnote machinery below.
  context.citations.placeNotes(tree, chapter);
  const stack: TocEntry[] = [toc];
  const slideBlocks = new Map<string, ContainerDirective[]>();
  let sectionId = toc.id;
  visit(tree, (node) => {
    if (node.type === 'containerDirective' && node.name === 'slide') {
      slideBlocks.set(sectionId, [...(slideBlocks.get(sectionId) ?? []), node]);
      return;
    }
    if (node.type !== 'heading') return;
    const title = toString(node);
    // An id the author wrote (`## Scope {#sec:scope}`: nodes.ts's attributes) is the heading's; cross-references link to it.
    const id = node.data?.attributes?.id ?? slug(title);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    const entry: TocEntry = { id, title, depth: node.depth, children: [] };
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    stack[stack.length - 1]!.children.push(entry);
    stack.push(entry);
    sectionId = id;
  });
  const slots: ElementContent[][] = [];
  const hast = mdastToHast(tree, {
    handlers: trustHandlers(createHandlers(context, chapter), trustedTypes, slots),
    // Raw HTML is kept, then parsed and sanitized with our schema (sanitize.ts).
    allowDangerousHtml: true,
    clobberPrefix: `${toc.id}-`,
    footnoteLabelTagName: 'h2',
    footnoteLabel: 'Notes',
  }, chapter.file);
  uniqueFootnoteLabel(hast, `${toc.id}-footnote-label`);
  const body = sanitizeBody(hast, slots, chapter.file);
  numberTargets(body, context.crossReferences, context.manuscript.book.lang);
  const section = h('section', { id: toc.id, className: ['chapter'], ariaLabelledBy: `${toc.id}-title` }, [
    h('h1', { id: `${toc.id}-title` }, chapter.meta.title),
    ...(body.children as ElementContent[]),
  ]);
  return { chapter, section, toc, slideBlocks };
}

/**
 * mdast-util-to-hast always names the footnote heading `footnote-label` (and points every
 * reference's `aria-describedby` at it), once per chapter: prefix it so ids stay unique in the
 * page and the EPUB's navigation.
 */
function uniqueFootnoteLabel(tree: HastRoot, id: string): void {
  visit(tree, 'element', (node: Element) => {
    if (node.properties['id'] === 'footnote-label') node.properties['id'] = id;
    const describedBy = node.properties['ariaDescribedBy'];
    if (Array.isArray(describedBy) && describedBy.includes('footnote-label')) {
      node.properties['ariaDescribedBy'] = describedBy.map((ref) => (ref === 'footnote-label' ? id : ref));
    }
  });
}
