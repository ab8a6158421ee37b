/**
 * The book as hast, shared by every renderer (pandoc's EPUB writer reuses its HTML writer the same
 * way): one `<section>` per chapter with its `<h1>`, heading ids unique across the whole book,
 * footnotes kept per chapter, and a table of contents built from the headings.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { Chapter } from '../../manuscript/types.ts';
import type { RenderContext } from '../context.ts';
import { createHandlers } from './handlers.ts';

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
  /** The slide blocks (`:::slide`), as hast, by the id of the heading whose section holds them. */
  slides: Map<string, ElementContent[]>;
}

export function bookToHast(context: RenderContext): ChapterHast[] {
  const slugger = new GithubSlugger();
  return context.manuscript.chapters.map((chapter) => chapterToHast(context, chapter, slugger));
}

function chapterToHast(context: RenderContext, chapter: Chapter, slugger: GithubSlugger): ChapterHast {
  const toc: TocEntry = { id: slugger.slug(chapter.id), title: chapter.meta.title, depth: 1, children: [] };
  const tree = structuredClone(chapter.tree) as Root;
  const stack: TocEntry[] = [toc];
  const slides = new Map<string, ElementContent[]>();
  let sectionId = toc.id;
  visit(tree, (node) => {
    if (node.type === 'containerDirective' && node.name === 'slide') {
      node.data = { ...node.data, sectionId } as typeof node.data;
      return;
    }
    if (node.type !== 'heading') return;
    const title = toString(node);
    const id = slugger.slug(title);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    const entry: TocEntry = { id, title, depth: node.depth, children: [] };
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    stack[stack.length - 1]!.children.push(entry);
    stack.push(entry);
    sectionId = id;
  });
  const body = toHast(tree, {
    handlers: createHandlers(context, chapter, slides),
    clobberPrefix: `${toc.id}-`,
    footnoteLabelTagName: 'h2',
    footnoteLabel: 'Notes',
  }) as HastRoot;
  const section = h('section', { id: toc.id, className: ['chapter'], ariaLabelledBy: `${toc.id}-title` }, [
    h('h1', { id: `${toc.id}-title` }, chapter.meta.title),
    ...(body.children as ElementContent[]),
  ]);
  return { chapter, section, toc, slides };
}
