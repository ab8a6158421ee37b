/**
 * What `triptych dev` keeps of the checks from one rebuild to the next, so that an edit to one
 * chapter checks that chapter only (issue 9: an edit reaches the browser in under 100 ms; the
 * checks cost 35–170 ms on the whole flagship under load).
 *
 * Why it is sound. What the checks leave on a chapter — its messages, and the annotations they
 * make on its tree (a date mention's `resolved`, a foreign name's `<span lang>`) — depends on that
 * chapter's own text and on the book-level inputs only: book.md, the bibliography, the list of
 * chapters (ids, numbers, paths). So a chapter whose text and book-level inputs are unchanged gets
 * back its last messages and its last checked tree. Book-wide rules are run again every time,
 * and they read only a few kinds of chapter node: the works cited (`citation`, for
 * `citation-unused-entry`), the dates mentioned (`dateMention`, for `event-unused`) and what gives
 * a link its target (`link-broken`: headings, figures, raw HTML ids, `{#id}`). A reused
 * chapter is shown to them as a skeleton holding just those nodes, on a scratch file whose
 * messages are dropped. Any change to a book-level input empties the memo. A one-file book
 * (the book file is also the chapter) is never memoised: its one file takes both kinds of message.
 *
 * The checks ask `isReused(chapter)` and skip such a chapter's own rules (their messages would go
 * to the scratch file): at 50× walking 349 skeletons in every check was ~40 ms of each rebuild.
 * A skeleton is made once per stored chapter and is read-only, so what a book-wide rule derives
 * from it (the keys it cites, the events its dates match) is kept with it (`reusedFact`): that
 * depends only on the chapter and the book-level inputs, which the skeleton outlives neither.
 * tests/dev-checks.test.ts edits a copy of the flagship and compares with a fresh check each time.
 */
import type { Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Chapter, Manuscript } from '../manuscript/types.ts';
import { thawed } from '../pipeline/parse-cache.ts';

interface CheckedChapter {
  /** The chapter's text and front matter when it was checked (`chapterKey`). */
  key: ChapterKey;
  /**
   * Its tree after the checks, frozen and shared with every later rebuild that reuses it: nothing
   * after the checks may change a chapter's tree (the renderers copy it first, book-to-hast.ts), and
   * freezing turns a stage that tried into a loud error instead of a stale page. Handing out copies
   * cost ~3 ms a rebuild (structuredClone of six chapters) plus their garbage.
   */
  tree: Root;
  /** The messages the checks put on its file, in order. */
  messages: VFileMessage[];
  /** Its nodes the book-wide rules read (see above), in a tree of their own, made once. */
  skeleton: Root;
}

export interface CheckMemo {
  book: string | undefined;
  /** By chapter file path. */
  chapters: Map<string, CheckedChapter>;
  /** What the last run did, for the dev log and the tests. */
  last: { checked: number; reused: number };
}

export function createCheckMemo(): CheckMemo {
  return { book: undefined, chapters: new Map(), last: { checked: 0, reused: 0 } };
}

/**
 * Node types the book-wide rules read from chapters (see above): the works cited, the dates, and
 * what gives an id a link may point at (headings, figures, raw HTML, any node with a `{#id}`).
 */
const bookWideTypes = new Set(['citation', 'dateMention', 'heading', 'html', 'leafDirective']);

/** Runs `run` (every check) on `manuscript`, reusing what `memo` holds for unchanged chapters. */
export async function runMemoized(manuscript: Manuscript, memo: CheckMemo, run: (manuscript: Manuscript) => Promise<void>): Promise<void> {
  const book = bookKey(manuscript);
  if (book === undefined || book !== memo.book) memo.chapters.clear();
  memo.book = book;
  const keys = new Map(manuscript.chapters.map((chapter) => [chapter, chapterKey(chapter)]));
  const reused = new Map<Chapter, CheckedChapter>();
  const view = manuscript.chapters.map((chapter): Chapter => {
    const last = book === undefined || chapter.file.path === undefined ? undefined : memo.chapters.get(chapter.file.path);
    if (!last || !sameKey(last.key, keys.get(chapter)!)) {
      // The parse memo shares its trees frozen (parse-cache.ts); the checks annotate the one they check.
      chapter.tree = thawed(chapter.tree);
      return chapter;
    }
    reused.set(chapter, last);
    return { ...chapter, file: new VFile({ path: chapter.file.path, value: chapter.file.value }), tree: last.skeleton };
  });
  const before = new Map(manuscript.chapters.map((chapter) => [chapter, chapter.file.messages.length]));
  await run({ ...manuscript, chapters: view });
  for (const chapter of manuscript.chapters) {
    const last = reused.get(chapter);
    if (last) {
      chapter.tree = last.tree;
      chapter.file.messages.push(...last.messages);
    } else if (book !== undefined && chapter.file.path !== undefined) {
      const messages = chapter.file.messages.slice(before.get(chapter));
      memo.chapters.set(chapter.file.path, { key: keys.get(chapter)!, tree: deepFreeze(chapter.tree), messages, skeleton: skeleton(chapter.tree) });
    }
  }
  memo.last = { checked: manuscript.chapters.length - reused.size, reused: reused.size };
}

/** Every input of the checks but the chapters' own texts; undefined when nothing may be reused. */
function bookKey(manuscript: Manuscript): string | undefined {
  if (manuscript.chapters.some((chapter) => chapter.file === manuscript.bookFile)) return undefined;
  return JSON.stringify([
    manuscript.dir,
    String(manuscript.bookFile.value),
    (manuscript.bibliography?.sources ?? []).map(({ file }) => [file.path, String(file.value)]),
    manuscript.chapters.map((chapter) => [chapter.id, chapter.number, chapter.file.path]),
  ]);
}

/**
 * The text as it is (compared with `===`, not copied into a key: at 50× a key of text and front
 * matter serialised together was 5 MB of new strings on every rebuild, kept through the checks),
 * and the front matter serialised (small).
 */
interface ChapterKey {
  text: string;
  meta: string;
}

function chapterKey(chapter: Chapter): ChapterKey {
  return { text: String(chapter.file.value), meta: JSON.stringify(chapter.meta) };
}

function sameKey(a: ChapterKey, b: ChapterKey): boolean {
  return a.text === b.text && a.meta === b.meta;
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/**
 * The nodes of `tree` the book-wide rules read, in one paragraph. They are the stored tree's own
 * nodes, frozen; the skeleton is registered, so that the checks know it (`isReused`) and leave it
 * as it is (the dates check does not resolve a reused chapter's mentions).
 */
function skeleton(tree: Root): Root {
  const nodes: RootContent[] = [];
  visit(tree, (node) => {
    if (!bookWideTypes.has(node.type) && !node.data?.attributes?.id) return undefined;
    // With its content: a citation in a heading is read through the heading.
    nodes.push(node as RootContent);
    return SKIP;
  });
  const root: Root = deepFreeze({ type: 'root', children: [{ type: 'paragraph', children: nodes as never }] });
  skeletons.add(root);
  return root;
}

const skeletons = new WeakSet<Root>();
const facts = new WeakMap<Root, Map<string, unknown>>();

/** Whether `chapter` is a reused chapter's stand-in: only book-wide rules need to look at it. */
export function isReused(chapter: Chapter): boolean {
  return skeletons.has(chapter.tree);
}

/**
 * `compute()` for a chapter, kept with a reused chapter's skeleton under `name` (see above); for any
 * other chapter, computed every time. `compute` must depend only on the chapter's tree and the
 * book-level inputs.
 */
export function reusedFact<T>(chapter: Chapter, name: string, compute: () => T): T {
  if (!skeletons.has(chapter.tree)) return compute();
  let known = facts.get(chapter.tree);
  if (!known) facts.set(chapter.tree, (known = new Map()));
  if (!known.has(name)) known.set(name, compute());
  return known.get(name) as T;
}
