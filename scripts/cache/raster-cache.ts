/**
 * SVG → PNG through the store of drawn images (file-cache.ts), so that an image drawn once (the
 * EPUB cover: the same title page gives the same PNG) is read back on every later build instead of
 * loading resvg and drawing it again; so is each figure's PNG fallback. The key is a SHA-256 of everything that decides the PNG's
 * bytes: the SVG, the drawing options with each font file replaced by the hash of its bytes,
 * resvg's version and `rasterVersion` (how rasterise.ts turns resvg's pixels into PNG bytes).
 */
import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { rasterise, rasterVersion } from '../render/epub/rasterise.ts';
import { cachedBytes, fileHash, sha256 } from './file-cache.ts';

export function rasteriseCached(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  return cachedBytes('raster', rasterKey(svg, options), () => rasterise(svg, options));
}

export function rasterKey(svg: string, options: ResvgRenderOptions): string {
  const fonts = (options.font && 'fontFiles' in options.font ? options.font.fontFiles : undefined) ?? [];
  const described = { ...options, ...(options.font ? { font: { ...options.font, fontFiles: fonts.map(fileHash) } } : {}) };
  return sha256(JSON.stringify([rasterVersion, resvgVersion(), described, svg]));
}

let version: string | undefined;

/** The installed resvg's version: another resvg may draw other pixels. */
function resvgVersion(): string {
  version ??= (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version;
  return version;
}
