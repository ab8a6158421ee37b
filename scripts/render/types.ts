import type { Artifact } from '../manuscript/types.ts';
import type { RenderContext } from './context.ts';
import type { ChapterHast } from './hast/book-to-hast.ts';
import type { RenderMemo } from './incremental/render-memo.ts';

/** The input every renderer gets: the shared context and the book already converted to hast. */
export interface RenderInput {
  context: RenderContext;
  chapters: ChapterHast[];
  /** `triptych dev` only: what earlier builds made, for a renderer that keeps per-chapter work. */
  memo?: RenderMemo;
}

/** A pure renderer: no file system writes, no console, no clock, no randomness. */
export type Renderer = (input: RenderInput) => Promise<Artifact[]> | Artifact[];
