/**
 * The book as hast, shared by every renderer (pandoc's EPUB writer reuses its HTML writer the same
 * way): one `<section>` per chapter with its `<h1>`, heading ids unique across the whole book,
 * footnotes kept per chapter, and a table of contents built from the headings.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { BookSlugger } from '../../manuscript/book-slugger.ts';
import { numberTargets } from '../../crossref/render.ts';
import { visit } from 'unist-util-visit';
import type { Attributes, Div } from '../../manuscript/nodes.ts';
import { isNotesBlock, isSlideBlock } from '../../manuscript/slide-blocks.ts';
import { chapterMode } from '../../manuscript/talk/deck-plan.ts';
import { removePauses } from '../../manuscript/talk/fragments.ts';
import { chapterFootnotes, type SlideNotes } from '../../manuscript/talk/slide-footnotes.ts';
import { wrapConditionalSections } from './conditional-sections.ts';
import { visibleIn } from '../../manuscript/visibility.ts';
import type { Chapter } from '../../manuscript/types.ts';
import { attributesToProperties } from '../../syntax/pandoc-attributes/to-properties.ts';
import type { RenderContext } from '../context.ts';
import { createHandlers } from './handlers.ts';
import { mdastToHast } from './mdast-to-hast.ts';
import type { Handlers } from 'mdast-util-to-hast';
import { sanitizeBody, trustedTypes, trustHandlers } from './sanitize.ts';
import { ask, memoizedChapterHast, type GiveId } from '../incremental/chapter-hast-memo.ts';
import { fill } from '../../i18n/fill.ts';
import { smartPunctuation } from '../../typography/smart-punctuation.ts';
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
  /** The slide blocks (`::: slide`) as mdast, by the id of the heading whose section holds them: the deck renders them its own way. */
  slideBlocks: Map<string, Div[]>;
  /** The ids of this chapter's headings that `[Heading text]` links name, by their key (implicit-references.ts). */
  referencedHeadings: Map<string, string>;
  /** The `::: notes` blocks, by the id of the heading whose section holds them: the speaker's, never the book's. */
  noteBlocks: Map<string, Div[]>;
  /**
   * A chapter written the pandoc way (manuscript/talk/deck-plan.ts): its Markdown as the book reads
   * it (smart punctuation; citations still citations, its headings' ids given), which the deck
   * carves into slides itself. Only such chapters pay for the copy.
   */
  talkTree?: Root;
  /**
   * The footnotes the deck sets at the foot of a slide (manuscript/talk/slide-footnotes.ts), with
   * the book's numbers: for a talk, and for a chapter with slide blocks; none for the others.
   */
  slideNotes?: SlideNotes;
}

/** With `memo` (`triptych dev`), a chapter whose inputs did not change since the last build is not rendered again. */
export function bookToHast(context: RenderContext, memo?: RenderMemo): ChapterHast[] {
  const { chapters } = context.manuscript;
  // Ids the author wrote (chapter ids, `{#id}`) are theirs: automatic ids step around them.
  const slugger = new BookSlugger(chapters.flatMap((chapter) => [chapter.id, ...(chapter.file.data.explicitIds ?? [])]));
  const rendered = chapters.map((chapter) =>
    memo
      ? memoizedChapterHast(memo, chapter, slugger, (giveId) => chapterToHast(context, chapter, giveId))
      : chapterToHast(context, chapter, (request) => ask(slugger, request)),
  );
  linkHeadingsAcrossChapters(rendered);
  return rendered;
}

/**
 * A one-file book is cut into chapters after the parse, so `[Heading text]` may name a heading of
 * another chapter: its id is known only once that chapter is rendered. Such a link was left with
 * `data-heading-reference`; the first heading of that key in the same source file gives its id.
 */
function linkHeadingsAcrossChapters(rendered: readonly ChapterHast[]): void {
  const ids = new Map<string, string>();
  for (const { chapter, referencedHeadings } of rendered) {
    for (const [key, id] of referencedHeadings) if (!ids.has(`${chapter.file.path}\0${key}`)) ids.set(`${chapter.file.path}\0${key}`, id);
  }
  for (const { chapter, section } of rendered) {
    visit(section, 'element', (node: Element) => {
      const key = node.properties['dataHeadingReference'];
      if (node.tagName !== 'a' || typeof key !== 'string') return;
      delete node.properties['dataHeadingReference'];
      const id = ids.get(`${chapter.file.path}\0${key}`);
      if (id !== undefined) node.properties['href'] = `#${id}`;
    });
  }
}

/** Keeps the headings inside `node` out of the book's contents (they still get their ids). */
function unlistHeadings(node: Div): void {
  visit(node, 'heading', (heading) => {
    heading.data = { ...heading.data, unlisted: true };
  });
}

/** `giveId` gives each heading its id, and each id the author wrote its final form, unique across the book. */
function chapterToHast(context: RenderContext, chapter: Chapter, giveId: GiveId): ChapterHast {
  const toc: TocEntry = { id: giveId({ written: chapter.id }), title: chapter.meta.title, depth: 1, children: [] };
  const tree = structuredClone(chapter.tree) as Root;
  // Curly quotes, dashes and ellipses in the prose (pandoc's `smart`); the checks read it as written.
  smartPunctuation(tree, context.manuscript.book.lang);
  const talkTree = chapterMode(chapter.tree, context.manuscript.book.deck) === 'slides' ? (structuredClone(tree) as Root) : undefined;
  removePauses(tree);
  wrapConditionalSections(tree);
  // A note style's citations become footnotes, placed by the footnote machinery below.
  context.citations.placeNotes(tree, chapter);
  const stack: TocEntry[] = [toc];
  const slideBlocks = new Map<string, Div[]>();
  const noteBlocks = new Map<string, Div[]>();
  const headingIds: string[] = [];
  /** `[Heading text]` links and the ids of the headings they name (implicit-references.ts). */
  const references: Link[] = [];
  const referenced = new Map<string, string>();
  // The level-1 heading this chapter was cut at is its title: a link to it leads to the chapter.
  if (tree.data?.referenceKey !== undefined) referenced.set(tree.data.referenceKey, toc.id);
  let sectionId = toc.id;
  visit(tree, (node) => {
    if (isSlideBlock(node)) {
      slideBlocks.set(sectionId, [...(slideBlocks.get(sectionId) ?? []), node as Div]);
      // The deck's alone: the book does not show it, so its headings have no place in the contents.
      unlistHeadings(node as Div);
      return;
    }
    if (isNotesBlock(node)) {
      noteBlocks.set(sectionId, [...(noteBlocks.get(sectionId) ?? []), node as Div]);
      return 'skip';
    }
    // Headings in content the page or the EPUB does not show stay out of the contents.
    if (node.type === 'div' && (!visibleIn(node.attributes, 'page') || !visibleIn(node.attributes, 'epub'))) unlistHeadings(node);
    const attributes = attributesOf(node);
    if (node.type === 'link' && node.data?.headingReference) references.push(node);
    if (node.type !== 'heading') {
      if (attributes?.id) attributes.id = giveId({ written: attributes.id });
      const tagName = tagNames[node.type];
      if (attributes && tagName) node.data = { ...node.data, hProperties: { ...attributesToProperties(attributes, tagName), ...node.data?.hProperties } };
      return;
    }
    const title = toString(node);
    const id = giveId(attributes?.id ? { written: attributes.id } : { title: toString(node, { includeHtml: false }) });
    node.data = { ...node.data, hProperties: { ...(attributes ? attributesToProperties(attributes, `h${node.depth}`) : {}), ...node.data?.hProperties, id } };
    headingIds.push(id);
    const key = node.data.referenceKey;
    if (key !== undefined && !referenced.has(key)) referenced.set(key, id);
    sectionId = id;
    // pandoc leaves a heading that is both unnumbered and unlisted out of the contents.
    if (attributes?.classes.includes('unlisted') && attributes.classes.includes('unnumbered')) return;
    // An empty heading (`## {background-image="x.png"}`) starts a slide; it has no place in the contents.
    if (node.data.unlisted || title.trim() === '') return;
    const entry: TocEntry = { id, title, depth: node.depth, children: [] };
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    stack[stack.length - 1]!.children.push(entry);
    stack.push(entry);
  });
  for (const link of references) {
    const id = referenced.get(link.data!.headingReference!);
    if (id !== undefined) link.url = `#${id}`;
    else link.data = { ...link.data, hProperties: { ...link.data?.hProperties, dataHeadingReference: link.data!.headingReference! } };
  }
  const slots: ElementContent[][] = [];
  const hast = mdastToHast(tree, {
    handlers: trustHandlers(createHandlers(context, chapter), trustedTypes, slots),
    // Raw HTML is kept, then parsed and sanitized with our schema (sanitize.ts).
    allowDangerousHtml: true,
    clobberPrefix: `${toc.id}-`,
    footnoteLabelTagName: 'h2',
    footnoteLabel: context.words.notes,
    footnoteBackLabel: (reference, rereference) => fill(context.words.backToReference, { n: `${reference + 1}${rereference > 1 ? `-${rereference}` : ''}` }),
  }, chapter.file);
  uniqueFootnoteLabel(hast, `${toc.id}-footnote-label`);
  const body = sanitizeBody(hast, slots, chapter.file);
  numberTargets(body, context.crossReferences, context.words);
  const section = h('section', { id: toc.id, className: ['chapter'], ariaLabelledBy: `${toc.id}-title` }, [
    h('h1', { id: `${toc.id}-title` }, chapter.meta.title),
    ...(body.children as ElementContent[]),
  ]);
  if (talkTree) {
    let index = 0;
    // The same walk as above, so the n-th heading here is the n-th there. Other nodes get their
    // attributes as the book's do (a table's `{#tbl:…}` its id, which numbers its caption).
    visit(talkTree, (node) => {
      if (isNotesBlock(node)) return 'skip';
      if (node.type === 'heading') node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: headingIds[index++] } };
      const attributes = node.type === 'heading' ? undefined : attributesOf(node);
      const tagName = tagNames[node.type];
      if (attributes && tagName) node.data = { ...node.data, hProperties: { ...attributesToProperties(attributes, tagName), ...node.data?.hProperties } };
      return undefined;
    });
  }
  // Numbered in the book's tree, where a note style's citations are notes too.
  const slideNotes = talkTree ? chapterFootnotes(talkTree, tree) : slideBlocks.size > 0 ? chapterFootnotes(tree) : undefined;
  return { chapter, section, toc, slideBlocks, referencedHeadings: referenced, noteBlocks, ...(talkTree ? { talkTree } : {}), ...(slideNotes ? { slideNotes } : {}) };
}

declare module 'mdast' {
  interface HeadingData {
    /** The heading is in content the page or the EPUB leaves out: not in the contents. */
    unlisted?: boolean;
  }
}

/** Where mdast-util-to-hast puts `data.hProperties` of the nodes that carry `data.attributes` (code blocks, divs and spans have handlers of their own). */
const tagNames: Partial<Record<Nodes['type'], string>> = { link: 'a', linkReference: 'a', image: 'img', imageReference: 'img', inlineCode: 'code', table: 'table', gridTable: 'table' };

/** The pandoc attributes written on a node. */
export function attributesOf(node: Nodes): Attributes | undefined {
  return node.type === 'div' || node.type === 'span' ? node.attributes : node.data?.attributes;
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
