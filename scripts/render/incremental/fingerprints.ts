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

/**
 * A chapter tree's version: a number that changes exactly when the tree's content does. At 50×
 * fingerprinting all 350 trees each rebuild cost ~65 ms CPU and kept ~35 MB of fingerprints; in
 * `triptych dev` every tree reaching the renderers is deeply frozen (the check memo freezes what it
 * stores, the parse memo what it shares), and an unchanged chapter's is the very same object. So a
 * frozen tree that is the last one keeps its version without being read; any other tree is
 * compared by fingerprint with the last one (a frozen last tree cannot have changed since; an
 * unfrozen one is fingerprinted when stored).
 */
export interface TreeVersion {
  version: number;
  tree: object;
  /** Set when `tree` was not frozen: its content then, since it may be changed later. */
  fingerprint: string | undefined;
}

export function treeVersion(last: TreeVersion | undefined, tree: object, next: () => number): TreeVersion {
  const frozen = Object.isFrozen(tree);
  if (last && frozen && last.tree === tree) return last;
  const fingerprint = treeFingerprint(tree);
  const same = last !== undefined && (last.fingerprint ?? treeFingerprint(last.tree)) === fingerprint;
  return { version: same ? last.version : next(), tree, fingerprint: frozen ? undefined : fingerprint };
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
