/**
 * One chapter of the page, written as HTML text: a copy of the shared chapter hast one level
 * below the book's title, with its subtitle, its citations numbered on from the chapters before
 * it, heading gaps closed after the heading before it, images inlined and bare URLs marked.
 * Written text, not a tree: the page holds one string per chapter instead of a second copy of the
 * book's hast (at 50× that copy was most of the page's memory), and `triptych dev` keeps the
 * string of a chapter whose hast and whose state on entry (heading level, citation counts of the
 * works it cites) are unchanged.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Asset } from '../../manuscript/types.ts';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { stringifyHtml } from '../hast/stringify-html.ts';
import { memoStore, type RenderMemo } from '../incremental/render-memo.ts';
import { markBareUrls } from './bare-urls.ts';
import { numberCitations, type CitingByKey } from './citation-back-links.ts';
import { closeHeadingGaps, demoteHeadings } from './heading-levels.ts';
import { inlineAssets } from './inline-assets.ts';
import { splitDrawings } from './split-drawings.ts';

interface Written {
  html: string;
  /** Heading level after the chapter. */
  last: number;
  /** The citation ids it numbered, by key, in order. */
  cited: Array<[key: string, id: string]>;
}

interface Entry extends Written {
  /** The state on entry it was written for (`stateOf`). */
  state: string;
}

/** The chapter's HTML, given the heading level before it and the citations before it (`byKey`, updated). */
export function pageSectionHtml(chapterHast: ChapterHast, last: number, byKey: CitingByKey, assets: ReadonlyMap<string, Asset>, memo?: RenderMemo): Written {
  const title = chapterHast.chapter.meta.title;
  const entries = memo && memoStore(memo, 'page-sections', () => new WeakMap<Element, Entry>());
  const cached = entries?.get(chapterHast.section);
  if (cached && cached.state === stateOf(last, cached.cited, byKey, false)) {
    for (const [key, id] of cached.cited) {
      // In place: a work cited in every chapter has thousands of places at 50×, and a copy per place was quadratic.
      let citing = byKey.get(key);
      if (!citing) byKey.set(key, (citing = []));
      citing.push({ id, title });
    }
    return cached;
  }
  const section = pageSection(chapterHast);
  const cited = numberCitations(section, title, byKey);
  const after = closeHeadingGaps(section, last);
  inlineAssets(section, assets);
  splitDrawings(section);
  markBareUrls(section);
  const written: Written = { html: stringifyHtml(section), last: after, cited };
  entries?.set(chapterHast.section, { ...written, state: stateOf(last, cited, byKey, true) });
  return written;
}

/**
 * What a chapter's HTML depends on from the chapters before it: the heading level, and how often
 * each work it cites was cited before (its ids count on). `numbered`: `byKey` already holds the
 * chapter's own citations, which are taken off.
 */
function stateOf(last: number, cited: Written['cited'], byKey: CitingByKey, numbered: boolean): string {
  const own = new Map<string, number>();
  for (const [key] of cited) own.set(key, (own.get(key) ?? 0) + 1);
  return JSON.stringify([last, [...own].map(([key, n]) => (byKey.get(key)?.length ?? 0) - (numbered ? n : 0))]);
}

/** A chapter as the page shows it: one level below the book's title, with its subtitle. */
function pageSection({ chapter, section }: ChapterHast): Element {
  const copy = structuredClone(section);
  demoteHeadings(copy);
  const subtitle = chapter.meta.subtitle;
  if (subtitle) {
    const at = copy.children.findIndex((child) => child.type === 'element' && child.tagName === 'h2');
    copy.children.splice(at + 1, 0, h('p', { className: ['chapter-subtitle'] }, subtitle));
  }
  return copy;
}
