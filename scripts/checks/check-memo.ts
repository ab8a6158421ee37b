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
 * and they read only two kinds of chapter node: the works cited (`citation`, for
 * `citation-unused-entry`) and the dates mentioned (`dateMention`, for `event-unused`). A reused
 * chapter is shown to them as a skeleton holding just those nodes, on a scratch file whose
 * messages are dropped. Any change to a book-level input empties the memo. A one-file book
 * (the book file is also the chapter) is never memoised: its one file takes both kinds of message.
 * tests/dev-checks.test.ts edits a copy of the flagship and compares with a fresh check each time.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Chapter, Manuscript } from '../manuscript/types.ts';
import { thawed } from '../pipeline/parse-cache.ts';

interface CheckedChapter {
  /** The chapter's text and front matter when it was checked. */
  key: string;
  /**
   * Its tree after the checks, frozen and shared with every later rebuild that reuses it: nothing
   * after the checks may change a chapter's tree (the renderers copy it first, book-to-hast.ts), and
   * freezing turns a stage that tried into a loud error instead of a stale page. Handing out copies
   * cost ~3 ms a rebuild (structuredClone of six chapters) plus their garbage.
   */
  tree: Root;
  /** The messages the checks put on its file, in order. */
  messages: VFileMessage[];
  /** Its nodes the book-wide rules read (see above), gathered once: walking the tree cost ~2 ms a rebuild. */
  bookWide: RootContent[];
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

/** Node types the book-wide rules read from chapters (see above). */
const bookWideTypes = new Set(['citation', 'dateMention']);

/** Runs `run` (every check) on `manuscript`, reusing what `memo` holds for unchanged chapters. */
export async function runMemoized(manuscript: Manuscript, memo: CheckMemo, run: (manuscript: Manuscript) => Promise<void>): Promise<void> {
  const book = bookKey(manuscript);
  if (book === undefined || book !== memo.book) memo.chapters.clear();
  memo.book = book;
  const keys = new Map(manuscript.chapters.map((chapter) => [chapter, chapterKey(chapter)]));
  const reused = new Map<Chapter, CheckedChapter>();
  const view = manuscript.chapters.map((chapter): Chapter => {
    const last = book === undefined || chapter.file.path === undefined ? undefined : memo.chapters.get(chapter.file.path);
    if (!last || last.key !== keys.get(chapter)) {
      // The parse memo shares its trees frozen (parse-cache.ts); the checks annotate the one they check.
      chapter.tree = thawed(chapter.tree);
      return chapter;
    }
    reused.set(chapter, last);
    return { ...chapter, file: new VFile({ path: chapter.file.path, value: chapter.file.value }), tree: skeleton(last.bookWide) };
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
      memo.chapters.set(chapter.file.path, { key: keys.get(chapter)!, tree: deepFreeze(chapter.tree), messages, bookWide: bookWideNodes(chapter.tree) });
    }
  }
  memo.last = { checked: manuscript.chapters.length - reused.size, reused: reused.size };
}

/** Every input of the checks but the chapters' own texts; undefined when nothing may be reused. */
function bookKey(manuscript: Manuscript): string | undefined {
  if (manuscript.chapters.some((chapter) => chapter.file === manuscript.bookFile)) return undefined;
  const bibliography = manuscript.bibliography?.file;
  return JSON.stringify([
    manuscript.dir,
    String(manuscript.bookFile.value),
    bibliography ? [bibliography.path, String(bibliography.value)] : null,
    manuscript.chapters.map((chapter) => [chapter.id, chapter.number, chapter.file.path]),
  ]);
}

function chapterKey(chapter: Chapter): string {
  return JSON.stringify([String(chapter.file.value), chapter.meta]);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

function bookWideNodes(tree: Root): RootContent[] {
  const nodes: RootContent[] = [];
  visit(tree, (node) => {
    if (bookWideTypes.has(node.type)) nodes.push(node as RootContent);
  });
  return nodes;
}

/**
 * A tree of shallow copies of `nodes` in one paragraph: the checks may annotate it (the dates check
 * sets a mention's `resolved`). Shallow, because deep copies of every reused chapter's nodes cost
 * ~50 ms CPU a rebuild at 50×; what lies below a copy is the stored tree's, frozen, so a check that
 * wrote deeper would fail loudly rather than change the memo.
 */
function skeleton(nodes: RootContent[]): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: nodes.map((node) => ({ ...node })) as never }] };
}
