/**
 * Figures kept across rebuilds. The timeline and the maps are drawn from the book's front matter
 * (events, places) and the chapters' titles and numbers, all in the book fingerprint; a chapter
 * map (`::map{chapter=…}`) also reads the chapter's text (the places it names), so chapter maps
 * are drawn again whenever any chapter's tree changed. Every call returns a fresh copy, as the
 * figure renderer's contract says.
 */
import type { Element } from 'hast';
import type { FigureName, FigureOptions, FigureRenderer } from '../context.ts';

export interface FigureCache {
  /** The book fingerprint the figures were drawn for. */
  book: string;
  figures: Map<string, Element | undefined>;
  chapterMaps: Map<string, Element | undefined>;
  pages: Map<FigureName, number>;
  /** Chapter maps asked for so far: a chapter's hast that asks for one reads other chapters. */
  chapterMapCalls: number;
}

export function createFigureCache(book: string): FigureCache {
  return { book, figures: new Map(), chapterMaps: new Map(), pages: new Map(), chapterMapCalls: 0 };
}

/** `fresh` (this build's renderer) behind `cache`; `chaptersChanged` empties the chapter maps first. */
export function cachedFigures(cache: FigureCache, fresh: FigureRenderer, chaptersChanged: boolean): FigureRenderer {
  if (chaptersChanged) cache.chapterMaps.clear();
  return {
    figure(name: FigureName, attributes: Readonly<Record<string, string | null | undefined>>, options?: FigureOptions) {
      const chapterMap = name === 'map' && typeof attributes['chapter'] === 'string' && attributes['chapter'] !== '';
      if (chapterMap) cache.chapterMapCalls++;
      const store = chapterMap ? cache.chapterMaps : cache.figures;
      const key = JSON.stringify([name, attributes, options ?? {}]);
      if (!store.has(key)) store.set(key, fresh.figure(name, attributes, options));
      const figure = store.get(key);
      return figure && structuredClone(figure);
    },
    slidePages(name: FigureName) {
      if (!cache.pages.has(name)) cache.pages.set(name, fresh.slidePages(name));
      return cache.pages.get(name)!;
    },
  };
}
