/**
 * What `triptych dev` keeps from one rebuild to the next so that a rebuild renders only what
 * depends on the change (issue 9: an edit reaches the browser in under 100 ms). Correctness
 * first: everything is reused only when the exact inputs it was made from compare equal
 * (fingerprints.ts), and a test edits chapters, the front matter and the bibliography and
 * compares the served page and deck with a fresh full build (tests/dev-incremental.test.ts).
 *   - the citation renderer (citeproc's run), while the citation sequence is unchanged;
 *   - the figures, while the book fingerprint is unchanged (chapter maps: no chapter changed);
 *   - each chapter's hast (chapter-hast-memo.ts), while its tree and the context are unchanged;
 *   - each chapter's page section and slide stack as HTML text (html/, deck/).
 * A one-shot `build` never makes one: it would only cost time and memory.
 */
import type { Manuscript } from '../../manuscript/types.ts';
import { createCitationRenderer } from '../../citations/renderer.ts';
import { crossReferenceTargets } from '../../crossref/targets.ts';
import { createFigureRenderer } from '../../figures/renderer.ts';
import { bookWords } from '../../i18n/book-words.ts';
import type { Engines } from '../engines.ts';
import type { CitationRenderer, RenderContext } from '../context.ts';
import { cachedFigures, createFigureCache, type FigureCache } from './figure-cache.ts';
import { bookFingerprint, sameAssets, treeVersion, type TreeVersion } from './fingerprints.ts';
import { citationKey, reuseCitations, sameCitationKey, type CitationMemo } from './reuse-citations.ts';

export interface RenderMemo {
  book: string | undefined;
  assets: Manuscript['assets'] | undefined;
  /** Each chapter's tree version in the last build, by chapter id (fingerprints.ts). */
  trees: Map<string, TreeVersion>;
  /** The last tree version given out. */
  versions: number;
  citations: CitationMemo | undefined;
  figures: FigureCache | undefined;
  /** The cross-references' numbers in the last build (see `memoizedContext`). */
  crossReferenceNumbers?: string;
  /** Changes whenever the context may render anything differently: part of every later key. */
  generation: number;
  /** Whether any chapter's tree changed in the current build (chapter maps read other chapters). */
  chaptersChanged: boolean;
  /** What the current build did, for the dev log and the tests: chapters whose hast was made, whether citeproc ran. */
  last: { chaptersRendered: number; citationsRun: boolean };
  /** Per-renderer stores, each owned by the module that reads it. */
  stores: Map<string, unknown>;
}

export function createRenderMemo(): RenderMemo {
  return { book: undefined, assets: undefined, trees: new Map(), versions: 0, citations: undefined, figures: undefined, generation: 0, chaptersChanged: true, last: { chaptersRendered: 0, citationsRun: false }, stores: new Map() };
}

/** The render context for `manuscript`, reusing what `memo` holds from the last build where allowed. */
export function memoizedContext(memo: RenderMemo, manuscript: Manuscript, engines: Engines): RenderContext {
  const book = bookFingerprint(manuscript);
  memo.last = { chaptersRendered: 0, citationsRun: false };
  if (memo.book !== book || !memo.assets || !sameAssets(memo.assets, manuscript.assets)) {
    memo.book = book;
    memo.assets = manuscript.assets;
    memo.citations = undefined;
    memo.figures = createFigureCache(book);
    memo.stores.clear();
    memo.generation++;
  }
  const next = () => ++memo.versions;
  const trees = new Map(manuscript.chapters.map((chapter) => [chapter.id, treeVersion(memo.trees.get(chapter.id), chapter.tree, next)]));
  memo.chaptersChanged = trees.size !== memo.trees.size || [...trees].some(([id, tree]) => memo.trees.get(id)?.version !== tree.version);
  memo.trees = trees;
  // A chapter's cross-references print other chapters' numbers: when any number moves, every chapter is rendered again.
  const crossReferences = crossReferenceTargets(manuscript.chapters, manuscript.book['crossref-numbering']);
  const numbers = JSON.stringify([...crossReferences.values()].map((target) => [target.label, target.number, target.chapter.id]));
  if (numbers !== memo.crossReferenceNumbers) {
    memo.crossReferenceNumbers = numbers;
    memo.generation++;
  }
  return {
    manuscript,
    words: bookWords(manuscript.book),
    citations: citations(memo, manuscript, book),
    figures: cachedFigures(memo.figures!, createFigureRenderer(manuscript), memo.chaptersChanged),
    engines,
    crossReferences,
  };
}

function citations(memo: RenderMemo, manuscript: Manuscript, book: string): CitationRenderer {
  if (memo.citations) {
    const { key, sites } = citationKey(manuscript, book, memo.citations.renderer.notes);
    if (sameCitationKey(key, memo.citations.key)) return reuseCitations(memo.citations, sites);
  }
  const renderer = createCitationRenderer(manuscript);
  memo.citations = { renderer, ...citationKey(manuscript, book, renderer.notes) };
  memo.generation++;
  memo.last.citationsRun = true;
  return renderer;
}

/** The tree version of a chapter in the current build. */
export function chapterTreeKey(memo: RenderMemo, id: string): number | undefined {
  return memo.trees.get(id)?.version;
}

/** The store named `name`, made by `create` when the memo has none (or was reset). */
export function memoStore<T>(memo: RenderMemo, name: string, create: () => T): T {
  if (!memo.stores.has(name)) memo.stores.set(name, create());
  return memo.stores.get(name) as T;
}
