/**
 * Links between chapter files: `[see](02-siege.md)` and `[see](02-siege.md#the-walls)`, written as
 * an author writes them to read the Markdown on GitHub or in an editor. The book has no such files:
 * every output holds all chapters, and ids are unique across the book, so such a link becomes the
 * fragment it points at (`#the-walls`, or the chapter's own id), which the page resolves in place and
 * the EPUB turns into `chNN.xhtml#the-walls` (render/epub/links.ts), as pandoc does with its
 * reference table. The link keeps what the author wrote (`data.written`), for messages.
 *
 * A relative link to any other file (a `.md` that is not a chapter, a `.csv`) is left as it is:
 * the links check reports it (`link-broken`), since no output carries the file.
 */
import type { Definition, Link } from 'mdast';
import { dirname, resolve } from 'node:path';
import { EXIT, visit } from 'unist-util-visit';
import type { Chapter } from './types.ts';

declare module 'mdast' {
  interface LinkData {
    /** The URL as written, when the load stage rewrote it (a link to a chapter file). */
    written?: string;
  }
  interface DefinitionData {
    written?: string;
  }
}

/**
 * Rewrites every link to a chapter file in `chapters` to the fragment it means. `thaw` gives a
 * chapter's tree a copy it may change (the parse memo shares trees frozen), called only for a
 * chapter that has such a link.
 */
export function linkChapters(chapters: readonly Chapter[], thaw: (chapter: Chapter) => void): void {
  const byPath = new Map(chapters.flatMap((chapter) => (chapter.file.path ? [[chapter.file.path, chapter] as const] : [])));
  for (const chapter of chapters) {
    const from = chapter.file.path ? dirname(chapter.file.path) : undefined;
    if (!from || !linksFiles(chapter.tree)) continue;
    thaw(chapter);
    visit(chapter.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const target = chapterTarget(node.url, from, byPath);
      if (target === undefined) return;
      const written = node.url;
      node.url = target;
      (node as Link | Definition).data = { ...node.data, written };
    });
  }
}

/** `#fragment` for a relative URL naming a chapter file; undefined for anything else. */
function chapterTarget(url: string, from: string, byPath: ReadonlyMap<string, Chapter>): string | undefined {
  if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) return undefined;
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const chapter = byPath.get(resolve(from, decoded));
  if (!chapter) return undefined;
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  return `#${fragment === '' ? chapter.id : fragment}`;
}

/** Whether `tree` has a link to a relative path (cheap, and kept per frozen tree: `triptych dev` asks every rebuild). */
const withFileLinks = new WeakMap<object, boolean>();

function linksFiles(tree: Chapter['tree']): boolean {
  const known = withFileLinks.get(tree);
  if (known !== undefined) return known;
  let found = false;
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url !== '' && !node.url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(node.url)) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  if (Object.isFrozen(tree)) withFileLinks.set(tree, found);
  return found;
}
