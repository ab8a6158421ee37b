/**
 * `nocite` (pandoc's field, https://pandoc.org/MANUAL.html#including-uncited-items-in-the-bibliography):
 * works the bibliography lists though the text does not cite them, written as citations
 * (`nocite: "@a, @b"`, or a list of such strings), or `@*` for every entry. Each key keeps its
 * place in `book.md`, for a message about it.
 */
import type { Position } from 'unist';
import { location } from 'vfile-location';
import type { Manuscript } from '../manuscript/types.ts';
import { findCitations } from './syntax.ts';

export interface Nocite {
  /** `@*`: every entry of the bibliography. */
  all: boolean;
  keys: Array<{ key: string; position: Position | undefined }>;
}

export function readNocite(manuscript: Pick<Manuscript, 'book' | 'bookFile' | 'bookMatter'>): Nocite {
  const { nocite } = manuscript.book;
  const result: Nocite = { all: false, keys: [] };
  if (nocite === undefined) return result;
  const source = String(manuscript.bookFile.value);
  const toPoint = location(manuscript.bookFile).toPoint;
  const values = typeof nocite === 'string' ? [nocite] : nocite;
  values.forEach((value, index) => {
    const from = manuscript.bookMatter.locate(typeof nocite === 'string' ? ['nocite'] : ['nocite', index]).start.offset ?? 0;
    if (/(?:^|[\s,;])@?\*(?=$|[\s,;])/.test(value)) result.all = true;
    // A key given bare (a list of keys, as pandoc metadata is often normalised): itself.
    if (!value.includes('@') && /^[^\s,;*]+$/.test(value.trim())) {
      const at = source.indexOf(value.trim(), from);
      const start = at >= 0 ? toPoint(at) : undefined;
      const end = at >= 0 ? toPoint(at + value.trim().length) : undefined;
      result.keys.push({ key: value.trim(), position: start && end ? { start, end } : undefined });
      return;
    }
    for (const citation of findCitations(value)) {
      for (const item of citation.items) {
        // The key as written, found in book.md from the value on (a block scalar moves it off the value's line).
        const at = source.indexOf(value.slice(item.keyStart, item.keyEnd), from);
        const start = at >= 0 ? toPoint(at) : undefined;
        const end = at >= 0 ? toPoint(at + item.keyEnd - item.keyStart) : undefined;
        result.keys.push({ key: item.key, position: start && end ? { start, end } : undefined });
      }
    }
  });
  return result;
}
