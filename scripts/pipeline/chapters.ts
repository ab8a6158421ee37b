/**
 * The chapters each file makes. A chapter file with a `title:` in its front matter is one chapter,
 * as written. Without one it is written the pandoc way: each level-1 heading starts a chapter and
 * names it (chapter-sections.ts). A one-file book (no `chapters:`) is cut the same way, the text
 * before its first heading being a chapter under the book's title, as pandoc's EPUB writer does.
 * Ids: an explicit one (`id:`, `{#id}`) must be unique; one made from a title gets `-1`, `-2`…
 * when taken, as pandoc's identifiers do. A title gets smart punctuation (typography/), as the
 * heading it is would in the text.
 */
import type { Heading, Root } from 'mdast';
import type { Position } from 'unist';
import { slug as slugify } from 'github-slugger';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import type { FrontMatter } from '../manuscript/front-matter.ts';
import type { Book, ChapterFrontMatter, ChapterMeta } from '../manuscript/schema.ts';
import type { Chapter } from '../manuscript/types.ts';
import { chapterSections } from './chapter-sections.ts';
import { smartString } from '../typography/smart-punctuation.ts';

/** A chapter before it has its number and final id. */
export interface ChapterDraft {
  file: VFile;
  tree: Root;
  matter: FrontMatter<ChapterFrontMatter> | undefined;
  meta: ChapterMeta;
  /** Where the title is written: the front matter's `title`, or the heading. */
  titleAt: Position | undefined;
  /** The level-1 heading the chapter was cut at, if any (its attributes style its slide). */
  heading?: Heading;
}

/** The chapters of a one-file book: its own body. */
export function bookChapters(file: VFile, tree: Root, book: Book): ChapterDraft[] {
  return chapterSections(tree).map((section) => ({
    file,
    tree: section.tree,
    matter: undefined,
    meta: { title: section.title === undefined ? book.title : smartString(section.title, book.lang), slide: true, ...(section.id ? { id: section.id } : {}) },
    titleAt: section.heading?.position,
    ...(section.heading ? { heading: section.heading } : {}),
  }));
}

/** The chapters of a chapter file; none (and an error on the file) when it has no title at all. */
export function fileChapters(file: VFile, tree: Root, matter: FrontMatter<ChapterFrontMatter>, lang: string): ChapterDraft[] {
  const front = matter.data;
  if (front.title !== undefined) return [{ file, tree, matter, meta: { ...front, title: smartString(front.title, lang) }, titleAt: matter.locate(['title']) }];
  const sections = chapterSections(tree);
  if (sections[0]!.heading === undefined) {
    const start = sections[0]!.tree.children[0]?.position?.start ?? { line: 1, column: 1 };
    report(file, 'This chapter has no title: a chapter file starts with a level-1 heading (`# Title`), or has `title:` in its front matter; add one of the two', start, 'front-matter-missing');
    return [];
  }
  return sections.map((section, index) => ({
    file,
    tree: section.tree,
    matter: index === 0 ? matter : undefined,
    // The front matter's other fields (`slide`, `summary`…) are the first chapter's.
    meta: { ...(index === 0 ? front : { slide: true }), title: smartString(section.title!, lang), ...(section.id ? { id: section.id } : {}) },
    titleAt: section.heading!.position,
    heading: section.heading!,
  }));
}

/** Numbers the drafts and gives each its id; a clash of explicit ids is `chapter-duplicate-id`. */
export function numberChapters(drafts: readonly ChapterDraft[]): Chapter[] {
  const explicit = new Map<string, ChapterDraft>();
  const taken = new Set(drafts.flatMap((draft) => (draft.meta.id ? [draft.meta.id] : [])));
  return drafts.map((draft, index) => {
    let id = draft.meta.id;
    if (id !== undefined) {
      const twin = explicit.get(id);
      if (twin) {
        report(draft.file, `Chapter id \`${id}\` is already used by ${twin.file === draft.file ? `the chapter “${twin.meta.title}”` : `\`${twin.file.basename}\``}: ids name chapter files and anchors and must be unique; give this chapter a distinct id`, draft.titleAt, 'chapter-duplicate-id');
      }
      explicit.set(id, draft);
    } else {
      const base = slugify(draft.meta.title) || `chapter-${index + 1}`;
      id = base;
      for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    return { id, number: index + 1, file: draft.file, meta: draft.meta, matter: draft.matter, tree: draft.tree, ...(draft.heading ? { heading: draft.heading } : {}) };
  });
}
