/**
 * Every id a link in the text may point at, with the chapter that holds it: what the outputs will
 * give each chapter and heading (the book's slugger, in reading order, exactly as
 * `render/hast/book-to-hast.ts` does; `tests/links.test.ts` holds the two together), ids the author
 * wrote (`{#id}` attributes, `id="…"` in raw HTML), the figures a chapter draws, and the frame's own
 * (`bibliography`, each listed work's `ref-<key>`).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { BookSlugger } from './book-slugger.ts';
import type { Chapter } from './types.ts';

export interface BookIds {
  /** id → the chapter that holds it (undefined: the book's frame, such as the bibliography). */
  ids: Map<string, Chapter | undefined>;
}

export function bookIds(chapters: readonly Chapter[], works: Iterable<string>): BookIds {
  const slugger = new BookSlugger();
  const ids = new Map<string, Chapter | undefined>();
  const add = (id: string, chapter: Chapter | undefined) => {
    if (!ids.has(id)) ids.set(id, chapter);
  };
  for (const chapter of chapters) {
    const section = slugger.slug(chapter.id);
    add(section, chapter);
    add(`${section}-title`, chapter);
    visit(chapter.tree as Root, (node) => {
      // A fenced div's or a bracketed span's attributes are the node's own (nodes.ts), not in `data`.
      const written = node.type === 'div' || node.type === 'span' ? node.attributes.id : node.data?.attributes?.id;
      // A heading with an id of its own is not slugged (book-to-hast.ts), so it does not advance the slugger.
      if (node.type === 'heading' && !written) add(slugger.slug(toString(node)), chapter);
      if (written) add(written, chapter);
      if (node.type === 'html') for (const match of node.value.matchAll(/\bid\s*=\s*["']([^"']+)["']/g)) add(match[1]!, chapter);
      if (node.type === 'leafDirective' && (node.name === 'timeline' || node.name === 'map')) {
        const of = node.attributes?.['chapter'];
        add(`figure-${node.name}${of ? `-${of}` : ''}`, chapter);
      }
    });
  }
  add('bibliography', undefined);
  for (const key of works) add(`ref-${key}`, undefined);
  return { ids };
}
