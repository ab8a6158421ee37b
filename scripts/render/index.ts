/**
 * The renderers, in one table (pandoc's writers are registered the same way). All share one
 * signature and one input: the book as hast, built once per build.
 */
import type { Artifact, Manuscript } from '../manuscript/types.ts';
import { createRenderContext } from './context.ts';
import { bookToHast } from './hast/book-to-hast.ts';
import type { Renderer, RenderInput } from './types.ts';
import { collectBetweenStages } from '../memory.ts';
import { prepareEpub, renderEpub } from './epub/render-epub.ts';
import { renderHtml } from './html/render-html.ts';
import { renderDeck } from './deck/render-deck.ts';
import { memoizedContext, type RenderMemo } from './incremental/render-memo.ts';
import { loadEngines } from './engines.ts';

export const renderers = {
  epub: renderEpub,
  html: renderHtml,
  deck: renderDeck,
} as const satisfies Record<string, Renderer>;

export type Format = keyof typeof renderers;
export const formats = Object.keys(renderers) as Format[];

export interface Rendered {
  format: Format;
  artifacts: Artifact[];
  ms: number;
}

/** For a one-shot build, which keeps nothing for later: each piece is let go as soon as it is used. */
export interface RenderStream {
  /** Receives each format's artifacts as soon as it is rendered; they are then not kept (the result's `artifacts` is empty). */
  emit(rendered: Rendered): Promise<void>;
  /**
   * Drops each chapter's mdast (`chapter.tree`, left an empty root) once the book is hast: nothing
   * after reads it, and at 50× it is ~15 MB alive through every renderer. Only for a caller that
   * renders the manuscript once.
   */
  releaseSources?: boolean;
}

/**
 * `timings`, if given, receives the shared work before the renderers (for `--timings`). `memo`
 * (`triptych dev`) carries what the last build made, so that only what changed is rendered again
 * (incremental/render-memo.ts). `stream`: see `RenderStream`.
 */
export async function renderAll(
  manuscript: Manuscript,
  only: readonly Format[] = formats,
  timings?: Record<string, number>,
  memo?: RenderMemo,
  stream?: RenderStream,
): Promise<Rendered[]> {
  // The EPUB cover's drawing runs on the thread pool meanwhile (~half its ~260 ms cold).
  if (only.includes('epub')) prepareEpub(manuscript);
  let started = performance.now();
  const engines = await loadEngines(manuscript);
  const context = memo ? memoizedContext(memo, manuscript, engines) : createRenderContext(manuscript, engines);
  if (timings) timings['render:context'] = performance.now() - started;
  started = performance.now();
  const input = { context, chapters: bookToHast(context, memo), ...(memo ? { memo } : {}) };
  if (timings) timings['render:hast'] = performance.now() - started;
  if (stream?.releaseSources && !memo) for (const chapter of manuscript.chapters) chapter.tree = { type: 'root', children: [] };
  const results: Rendered[] = [];
  for (const [index, format] of only.entries()) {
    // The formats before are written and let go: see memory.ts.
    if (stream && index > 0) collectBetweenStages();
    results.push(await renderOne(format, input, stream));
  }
  return results;
}

/** One format. Its own function, so that nothing of its output outlives it on the caller's frame once it is emitted. */
async function renderOne(format: Format, input: RenderInput, stream: RenderStream | undefined): Promise<Rendered> {
  const started = performance.now();
  const artifacts = await renderers[format](input);
  const rendered = { format, artifacts, ms: performance.now() - started };
  if (!stream) return rendered;
  await stream.emit(rendered);
  return { ...rendered, artifacts: [] };
}
