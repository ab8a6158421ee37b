/**
 * The navigation document (EPUB 3.3 §7, https://www.w3.org/TR/epub-33/#sec-nav): the table of
 * contents (chapters and their sections, the bibliography) and the landmarks (cover, titlepage,
 * toc, bodymatter, bibliography) reading systems use for "go to beginning" and "go to cover". Built as
 * hast, like every other content document.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TocEntry } from '../hast/book-to-hast.ts';
import type { Words } from '../../i18n/words.ts';

export interface NavChapter {
  file: string;
  toc: TocEntry;
}

export interface NavInput {
  chapters: readonly NavChapter[];
  /** File of the bibliography, when the book has one. */
  bibliography: string | undefined;
  cover: string;
  titlePage: string;
  /** Deepest heading level listed (1 = chapters only). */
  depth?: number;
  words: Pick<Words, 'contents' | 'landmarks' | 'bibliography' | 'cover' | 'titlePage' | 'startOfContent'>;
}

export const navFile = 'nav.xhtml';

export function navBody(input: NavInput): ElementContent[] {
  const depth = input.depth ?? 3;
  const entries = input.chapters.map((chapter) => tocItem(chapter.toc, chapter.file, depth, true));
  if (input.bibliography) entries.push(h('li', h('a', { href: input.bibliography }, input.words.bibliography)));
  const firstChapter = input.chapters[0]?.file;
  const landmarks = [
    h('li', h('a', { 'epub:type': 'cover', href: input.cover }, input.words.cover)),
    h('li', h('a', { 'epub:type': 'titlepage', href: input.titlePage }, input.words.titlePage)),
    h('li', h('a', { 'epub:type': 'toc', href: `${navFile}#toc` }, input.words.contents)),
    ...(firstChapter ? [h('li', h('a', { 'epub:type': 'bodymatter', href: firstChapter }, input.words.startOfContent))] : []),
    ...(input.bibliography ? [h('li', h('a', { 'epub:type': 'bibliography', href: input.bibliography }, input.words.bibliography))] : []),
  ];
  return [
    // In <main> like every other page, so the contents are a landmark a screen reader can jump to.
    h('main', [
      h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', ariaLabelledBy: 'toc-title' }, [
        h('h1', { id: 'toc-title' }, input.words.contents),
        h('ol', entries),
      ]),
    ]),
    // Landmarks are for the reading system's menus, not the reader's page (EPUB 3.3 §7.4.2).
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', ariaLabelledBy: 'landmarks-title', hidden: true }, [
      h('h2', { id: 'landmarks-title' }, input.words.landmarks),
      h('ol', landmarks),
    ]),
  ];
}

function tocItem(entry: TocEntry, file: string, depth: number, chapter: boolean): Element {
  const children = entry.children.filter((child) => child.depth <= depth);
  return h('li', [
    // A chapter links to its file, so a reader opens it at the top, above the chapter heading.
    h('a', { href: chapter ? file : `${file}#${entry.id}` }, entry.title),
    ...(children.length > 0 ? [h('ol', children.map((child) => tocItem(child, file, depth, false)))] : []),
  ]);
}
