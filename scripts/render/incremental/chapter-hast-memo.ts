/**
 * Each chapter's hast kept across rebuilds. A chapter's hast depends on its tree, on the context
 * (citations, figures, the book: `memo.generation`), on its number, and on the heading ids the
 * chapters before it took: ids are unique across the book (github-slugger), so `## Background`
 * is `background-1` when an earlier chapter has one. So each entry records the slugs it asked
 * for; a hit asks the book's slugger for them again, in order, which both advances the slugger
 * exactly as rendering would and tells whether the ids came out the same. When they do not, the
 * chapter is rendered again with the ids just given out.
 */
import type GithubSlugger from 'github-slugger';
import type { Chapter } from '../../manuscript/types.ts';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { chapterTreeKey, memoStore, type RenderMemo } from './render-memo.ts';

interface Entry {
  key: string;
  /** The titles slugged, in order, with the ids they got. */
  slugs: Array<[title: string, id: string]>;
  hast: ChapterHast;
  /** It drew a chapter map, which reads other chapters' text. */
  readsOtherChapters: boolean;
}

export type Render = (slug: (title: string) => string) => ChapterHast;

export function memoizedChapterHast(memo: RenderMemo, chapter: Chapter, slugger: GithubSlugger, render: Render): ChapterHast {
  const entries = memoStore(memo, 'chapter-hast', () => new Map<string, Entry>());
  const key = `${memo.generation}\0${chapter.number}\0${chapterTreeKey(memo, chapter.id)}`;
  const entry = entries.get(chapter.id);
  if (entry && entry.key === key && !(entry.readsOtherChapters && memo.chaptersChanged)) {
    const ids = entry.slugs.map(([title]) => slugger.slug(title));
    if (ids.every((id, index) => id === entry.slugs[index]![1])) return { ...entry.hast, chapter };
    let next = 0;
    return remember(entries, chapter, key, memo, (record) =>
      render((title) => {
        const id = ids[next++];
        // Same tree, so the same titles in the same order; anything else is a bug here.
        if (id === undefined || entry.slugs[next - 1]![0] !== title) throw new Error(`\`memoizedChapterHast\`: chapter \`${chapter.id}\` slugged \`${title}\` out of order`);
        return record(title, id);
      }),
    );
  }
  return remember(entries, chapter, key, memo, (record) => render((title) => record(title, slugger.slug(title))));
}

function remember(
  entries: Map<string, Entry>,
  chapter: Chapter,
  key: string,
  memo: RenderMemo,
  run: (record: (title: string, id: string) => string) => ChapterHast,
): ChapterHast {
  memo.last.chaptersRendered++;
  const slugs: Entry['slugs'] = [];
  const mapsBefore = memo.figures?.chapterMapCalls ?? 0;
  const hast = run((title, id) => {
    slugs.push([title, id]);
    return id;
  });
  entries.set(chapter.id, { key, slugs, hast, readsOtherChapters: (memo.figures?.chapterMapCalls ?? 0) !== mapsBefore });
  return hast;
}
