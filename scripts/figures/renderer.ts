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
import { bookMap, mapFigure, slideMap } from './map/map-figure.ts';
import { bookTimeline, slideTimeline, timelineFigure, timelinePages } from './timeline/timeline-figure.ts';

export function createFigureRenderer(manuscript: Manuscript): FigureRenderer {
  const cache = new Map<string, Element | undefined>();
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
                : timelineFigure(manuscript.book, bookTimeline, id)
              : undefined
            : mapFigure(manuscript, slide ? slideMap : bookMap, chapter, id);
        cache.set(id, built);
      }
      const figure = cache.get(id);
      return figure && structuredClone(figure);
    },
  };
}
