/**
 * The renderers, in one table (pandoc's writers are registered the same way). All share one
 * signature and one input: the book as hast, built once per build.
 */
import type { Artifact, Manuscript } from '../manuscript/types.ts';
import { createRenderContext } from './context.ts';
import { bookToHast } from './hast/book-to-hast.ts';
import type { Renderer } from './types.ts';
import { prepareEpub, renderEpub } from './epub/render-epub.ts';
import { renderHtml } from './html/render-html.ts';
import { renderDeck } from './deck/render-deck.ts';
import { memoizedContext, type RenderMemo } from './incremental/render-memo.ts';

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

/**
 * `timings`, if given, receives the shared work before the renderers (for `--timings`). `memo`
 * (`triptych dev`) carries what the last build made, so that only what changed is rendered again
 * (incremental/render-memo.ts).
 */
export async function renderAll(manuscript: Manuscript, only: readonly Format[] = formats, timings?: Record<string, number>, memo?: RenderMemo): Promise<Rendered[]> {
  // The EPUB cover's drawing runs on the thread pool meanwhile (~half its ~260 ms cold).
  if (only.includes('epub')) prepareEpub(manuscript);
  let started = performance.now();
  const context = memo ? memoizedContext(memo, manuscript) : createRenderContext(manuscript);
  if (timings) timings['render:context'] = performance.now() - started;
  started = performance.now();
  const input = { context, chapters: bookToHast(context, memo), ...(memo ? { memo } : {}) };
  if (timings) timings['render:hast'] = performance.now() - started;
  const results: Rendered[] = [];
  for (const format of only) {
    const started = performance.now();
    const artifacts = await renderers[format](input);
    results.push({ format, artifacts, ms: performance.now() - started });
  }
  return results;
}
