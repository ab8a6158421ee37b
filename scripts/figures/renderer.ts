/**
 * Figures drawn from the typed front matter: `::timeline` from `events`, `::map` (and
 * `::map{chapter=<id>}`) from `places`. Each distinct figure is built once per build and cached;
 * every call gets its own deep copy, so one renderer (the EPUB's SVG extraction, say) cannot change
 * what another sees. Figure ids: `figure-timeline`, `figure-map`, `figure-map-<chapter>`, with
 * `-slide` appended for the slide layout (the deck is its own document, but the ids stay distinct).
 */
import type { Element } from 'hast';
import type { Manuscript } from '../manuscript/types.ts';
import type { FigureRenderer } from '../render/context.ts';
import { chapterMapTargets, chapterPlaces } from './map/chapter-places.ts';
import { bookMap, mapFigure, narrowMap, slideMap } from './map/map-figure.ts';
import { bookTimeline, narrowTimeline, slideTimeline, timelineFigure, timelinePages } from './timeline/timeline-figure.ts';

export function createFigureRenderer(manuscript: Manuscript): FigureRenderer {
  const cache = new Map<string, Element | undefined>();
  // A chapter map reads its chapter's mdast, which a one-shot build lets go once the book is hast
  // (render/index.ts, `releaseSources`), before the deck draws its slide maps: so the places of
  // every chapter a map names are found now, while every tree is whole.
  const chapterPlacesById = new Map([...chapterMapTargets(manuscript)].map((id) => [id, chapterPlaces(manuscript, id)]));
  let pages: ReturnType<typeof timelinePages> | undefined;
  const timelineParts = () => (pages ??= timelinePages(manuscript.book));
  return {
    slidePages(name) {
      return name === 'timeline' ? timelineParts().length : 1;
    },
    figure(name, attributes, options = {}) {
      const slide = options.frame === 'slide';
      const chapter = name === 'map' && typeof attributes['chapter'] === 'string' && attributes['chapter'] ? attributes['chapter'] : undefined;
      const page = slide && name === 'timeline' ? Math.min(options.page ?? 0, timelineParts().length - 1) : 0;
      const id = `figure-${name}${chapter ? `-${chapter}` : ''}${slide ? '-slide' : ''}${page > 0 ? `-${page + 1}` : ''}`;
      if (!cache.has(id)) {
        const parts = timelineParts();
        const built =
          name === 'timeline'
            ? manuscript.book.events.length
              ? slide
                ? timelineFigure(manuscript.book, slideTimeline, id, { items: parts[page]!, page, of: parts.length })
                : timelineFigure(manuscript.book, bookTimeline, id, undefined, narrowTimeline)
              : undefined
            : mapFigure(manuscript, slide ? slideMap : bookMap, chapter, id, chapter === undefined ? undefined : (chapterPlacesById.get(chapter) ?? chapterPlaces(manuscript, chapter)), slide ? undefined : narrowMap);
        cache.set(id, built);
      }
      const figure = cache.get(id);
      return figure && structuredClone(figure);
    },
  };
}
