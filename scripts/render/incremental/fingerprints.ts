/**
 * What a rebuild compares to decide what it may reuse: exact text forms of the inputs, never
 * mtimes or hashes that could collide. A fingerprint is only compared with the previous one.
 */
import type { Manuscript } from '../../manuscript/types.ts';

/** Everything but the chapters' bodies: the book's front matter, the bibliography, every chapter's place and front matter. */
export function bookFingerprint(manuscript: Manuscript): string {
  return JSON.stringify([
    manuscript.slug,
    manuscript.book,
    manuscript.bibliography?.entries ?? null,
    manuscript.chapters.map((chapter) => [chapter.id, chapter.number, chapter.meta]),
  ]);
}

/**
 * A chapter's tree after the checks (they annotate it: a date mention's `resolved`), positions
 * included: the mdast holds plain data only (strings, numbers, booleans, arrays, objects).
 */
export function treeFingerprint(tree: unknown): string {
  return JSON.stringify(tree);
}

/** True when both hold the same files with the same bytes (images, a `.csl` style). */
export function sameAssets(a: Manuscript['assets'], b: Manuscript['assets']): boolean {
  if (a.size !== b.size) return false;
  for (const [path, asset] of a) {
    const other = b.get(path);
    if (!other || other.mediaType !== asset.mediaType || Buffer.compare(other.data, asset.data) !== 0) return false;
  }
  return true;
}
