/**
 * Each chapter's hast kept across rebuilds. A chapter's hast depends on its tree, on the context
 * (citations, figures, the book: `memo.generation`), on its number, and on the heading ids the
 * chapters before it took: ids are unique across the book (book-slugger.ts), so `## Background`
 * is `background-1` when an earlier chapter has one. So each entry records the ids it asked for
 * (automatic ones by title, written ones by themselves); a hit asks the book's slugger for them
 * again, in order, which both advances the slugger exactly as rendering would and tells whether
 * the ids came out the same. When they do not, the chapter is rendered again with the ids just
 * given out.
 */
import type { BookSlugger } from '../../manuscript/book-slugger.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { chapterTreeKey, memoStore, type RenderMemo } from './render-memo.ts';

interface Entry {
  key: string;
  /** The ids asked for, in order, with the ids they got. */
  slugs: Array<[request: IdRequest, id: string]>;
  hast: ChapterHast;
  /** It drew a chapter map, which reads other chapters' text. */
  readsOtherChapters: boolean;
}

/** An automatic id for a heading's text, or an id the author wrote. */
export type IdRequest = { title: string } | { written: string };

/** Gives the id for a request, unique in the book. */
export type GiveId = (request: IdRequest) => string;

export type Render = (giveId: GiveId) => ChapterHast;

/** The slugger's answer to a request. */
export function ask(slugger: BookSlugger, request: IdRequest): string {
  return 'written' in request ? slugger.claim(request.written) : slugger.slug(request.title);
}

export function memoizedChapterHast(memo: RenderMemo, chapter: Chapter, slugger: BookSlugger, render: Render): ChapterHast {
  const entries = memoStore(memo, 'chapter-hast', () => new Map<string, Entry>());
  const key = `${memo.generation}\0${chapter.number}\0${chapterTreeKey(memo, chapter.id)}`;
  const entry = entries.get(chapter.id);
  if (entry && entry.key === key && !(entry.readsOtherChapters && memo.chaptersChanged)) {
    const ids = entry.slugs.map(([request]) => ask(slugger, request));
    if (ids.every((id, index) => id === entry.slugs[index]![1])) return { ...entry.hast, chapter };
    let next = 0;
    return remember(entries, chapter, key, memo, (record) =>
      render((request) => {
        const id = ids[next++];
        // Same tree, so the same requests in the same order; anything else is a bug here.
        if (id === undefined || JSON.stringify(entry.slugs[next - 1]![0]) !== JSON.stringify(request)) throw new Error(`\`memoizedChapterHast\`: chapter \`${chapter.id}\` asked for \`${JSON.stringify(request)}\` out of order`);
        return record(request, id);
      }),
    );
  }
  return remember(entries, chapter, key, memo, (record) => render((request) => record(request, ask(slugger, request))));
}

function remember(
  entries: Map<string, Entry>,
  chapter: Chapter,
  key: string,
  memo: RenderMemo,
  run: (record: (request: IdRequest, id: string) => string) => ChapterHast,
): ChapterHast {
  memo.last.chaptersRendered++;
  const slugs: Entry['slugs'] = [];
  const mapsBefore = memo.figures?.chapterMapCalls ?? 0;
  const hast = run((request, id) => {
    slugs.push([request, id]);
    return id;
  });
  entries.set(chapter.id, { key, slugs, hast, readsOtherChapters: (memo.figures?.chapterMapCalls ?? 0) !== mapsBefore });
  return hast;
}
