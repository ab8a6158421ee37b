/**
 * What every renderer shares for one build: the manuscript, and the services that turn our typed
 * nodes into hast (citations, figures). Built once per build by `createRenderContext`, so the
 * citation engine and the figures are made once, not once per output.
 */
import type { Element, ElementContent } from 'hast';
import type { Root } from 'mdast';
import type { Chapter, Manuscript } from '../manuscript/types.ts';
import type { Citation } from '../manuscript/nodes.ts';
import { createCitationRenderer } from '../citations/renderer.ts';
import { createFigureRenderer } from '../figures/renderer.ts';
import { bookWords } from '../i18n/book-words.ts';
import type { Words } from '../i18n/words.ts';
import { noEngines, type Engines } from './engines.ts';
import { crossReferenceTargets, type Target } from '../crossref/targets.ts';

export type FigureName = 'timeline' | 'map';

export interface CitationRenderer {
  /** The inline (or note-reference) rendering of one citation, linking to its bibliography entry. */
  cite(node: Citation, chapter: Chapter): ElementContent[];
  /** The bibliography entries, in the style's order, each with id `ref-<key>`. */
  bibliography(): Element[];
  /** A short author–year label for a deck slide, e.g. `Zlatkin 1964`. */
  shortLabel(key: string): string;
  /** The short term of a CSL locator label (`page` → `p.`, `S.`, `с.`) in the book's language. */
  locatorTerm(label: string, plural: boolean): string | undefined;
  /** True when the style is a note style: citations in the text become footnotes of the book. */
  readonly notes: boolean;
  /**
   * Before a chapter's (cloned) mdast becomes hast: with a note style, turns each citation in the
   * text into a footnote reference and definition (`citations/notes.ts`); otherwise does nothing.
   */
  placeNotes(tree: Root, chapter: Chapter): void;
}

export interface FigureRenderer {
  /**
   * A figure (`<figure>` with an SVG, caption and text alternative) for a `::timeline` or `::map`.
   * `frame: 'slide'` lays it out for a 1280×720 slide (landscape); the default suits the book's
   * column (legible on a phone). Each call returns a fresh copy, safe to modify.
   */
  figure(name: FigureName, attributes: Readonly<Record<string, string | null | undefined>>, options?: FigureOptions): Element | undefined;
  /**
   * How many slides the figure takes in the slide frame: a timeline too long to be legible on one
   * slide is drawn a part at a time (`options.page`), in date order; a map takes one.
   */
  slidePages(name: FigureName): number;
}

export interface FigureOptions {
  frame?: 'book' | 'slide';
  /** With `frame: 'slide'`: which part of a paged figure (0-based); see `slidePages`. */
  page?: number;
}

export interface RenderContext {
  manuscript: Manuscript;
  /** The interface words, in the book's language with the author's overrides. */
  words: Words;
  citations: CitationRenderer;
  figures: FigureRenderer;
  /** Math and highlighting, loaded for the book when it uses them (engines.ts). */
  engines: Engines;
  /** The numbered targets of cross-references, by label (crossref/targets.ts). */
  crossReferences: ReadonlyMap<string, Target>;
}

export function createRenderContext(manuscript: Manuscript, engines: Engines = noEngines): RenderContext {
  return {
    manuscript,
    words: bookWords(manuscript.book),
    citations: createCitationRenderer(manuscript),
    figures: createFigureRenderer(manuscript),
    engines,
    crossReferences: crossReferenceTargets(manuscript.chapters, manuscript.book['crossref-numbering']),
  };
}
