/**
 * SVG → PNG through the store of drawn images (file-cache.ts), so that an image drawn once (the
 * EPUB cover: the same title page gives the same PNG) is read back on every later build instead of
 * loading resvg and drawing it again. The key is a SHA-256 of everything that decides the PNG's
 * bytes: the SVG, the drawing options with each font file replaced by the hash of its bytes,
 * resvg's version and `rasterVersion` (how rasterise.ts turns resvg's pixels into PNG bytes).
 */
import { statSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { rasterise, rasterVersion } from '../render/epub/rasterise.ts';
import { fileCache, sha256 } from './file-cache.ts';

export async function rasteriseCached(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  const cache = fileCache('raster');
  if (!cache) return rasterise(svg, options);
  const key = rasterKey(svg, options);
  const cached = cache.get(key);
  if (cached) return cached;
  const png = await rasterise(svg, options);
  cache.put(key, png);
  return png;
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

/** A font's bytes, hashed once per process while its size and mtime stay as they were. */
const fontHashes = new Map<string, { stamp: string; hash: string }>();

function fileHash(path: string): string {
  const info = statSync(path);
  const stamp = `${info.size}:${info.mtimeMs}`;
  const known = fontHashes.get(path);
  if (known?.stamp === stamp) return known.hash;
  const hash = sha256(readFileSync(path));
  fontHashes.set(path, { stamp, hash });
  return hash;
}
