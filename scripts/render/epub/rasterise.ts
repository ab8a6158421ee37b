/**
 * SVG → PNG with resvg: the drawing on libuv's thread pool (`renderAsync`), the PNG encoding
 * (`asPng()`, about half of the ~260 ms a cold build spends on the cover) on the main thread.
 * Measured and rejected: a worker thread doing both took 60-160 ms more CPU than in-thread (a
 * second isolate to boot) and, on the shared 2-core machine, made the build slower, not faster.
 * The pool costs nothing extra and overlaps the drawing with the main thread when a core is free
 * (startCover in cover.ts starts it before the shared hast is built). Same resvg, same bytes.
 * resvg (a native addon) is loaded on the first drawing: a build whose images all come from the
 * cache (cache/raster-cache.ts) never loads it. By `require`: resvg stays outside the CLI's bundle,
 * which runs in `vm.Script`, where `import()` has no loader.
 */
import { createRequire } from 'node:module';
import type * as Resvg from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { templatePath } from '../../resources.ts';

/** Part of every cached image's key (cache/raster-cache.ts): raise it when this file changes the bytes it makes. */
export const rasterVersion = 1;

/** The vendored DejaVu Serif (templates/fonts/), never a system font: the same bytes on every machine. */
export const vendoredFonts: NonNullable<ResvgRenderOptions['font']> = {
  fontFiles: ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((name) => templatePath(`fonts/${name}`)),
  loadSystemFonts: false,
  defaultFontFamily: 'DejaVu Serif',
};

export async function rasterise(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  const { renderAsync } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof Resvg;
  const image = await renderAsync(svg, options);
  return new Uint8Array(image.asPng());
}
