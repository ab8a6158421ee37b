/**
 * The author's cover (`cover-image:`, pandoc's key), read at load time like an image of the text
 * (assets.ts): inside the manuscript, judged by its bytes. Only PNG and JPEG: EPUB 3 would take
 * any core image type, but Amazon KDP takes only JPEG (and TIFF) covers and Apple Books JPEG or
 * PNG, and an SVG cover is left out of several readers' library views. Its size is checked against
 * the stores' published guidance, as a warning: Apple Books asks for at least 1400 px on the short
 * side (Apple Books Asset Guide, "Cover art"), Amazon KDP for a height 1.6 times the width, ideally
 * 1600 × 2560 (KDP Help, "eBook cover image guidelines"). Without `cover-image` the EPUB draws its
 * own cover (render/epub/cover.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { sniffImage } from './assets.ts';
import type { FrontMatter } from './front-matter.ts';
import { imageSize } from './image-size.ts';
import { limits } from './limits.ts';
import { resolveReported } from './paths.ts';
import type { Book } from './schema.ts';
import type { Asset, Manuscript } from './types.ts';

/** Apple Books' least short side, and the heights-to-width ratios around KDP's 1.6 that still look like a book. */
export const coverGuidance = { shortSide: 1400, ratio: { least: 1.3, most: 1.8 } } as const;

/** Reads `cover-image` into `assets` and returns it; every problem is a message at the key's value. */
export function loadCoverImage(dir: string, book: Book, bookFile: VFile, matter: FrontMatter<Book>, assets: Manuscript['assets']): Asset | undefined {
  if (book.coverImage === undefined) return undefined;
  const place = matter.locate(['cover-image']);
  const path = resolveReported(dir, book.coverImage, bookFile, place, 'cover image');
  if (!path) return undefined;
  const key = relative(dir, path).split(sep).join('/');
  const known = assets.get(key);
  if (statSync(path).size > limits.imageBytes) {
    report(bookFile, `The cover image \`${book.coverImage}\` is over ${limits.imageBytes / 1024 / 1024} MB: e-readers and stores refuse such files (KDP takes at most 50 MB, but readers choke far earlier); save it smaller, e.g. as a JPEG of 1600 × 2560`, place, 'file-too-large');
    return undefined;
  }
  const data = known?.data ?? new Uint8Array(readFileSync(path));
  const mediaType = known?.mediaType ?? sniffImage(data);
  if (mediaType !== 'image/png' && mediaType !== 'image/jpeg') {
    const what = mediaType === undefined ? 'no image format Triptych knows' : `a ${mediaType.replace('image/', '').replace('svg+xml', 'SVG').toUpperCase()} file`;
    report(bookFile, `The cover image \`${book.coverImage}\` is ${what} (judged by its bytes): stores and readers take a JPEG or PNG cover (Amazon KDP: JPEG; Apple Books: JPEG or PNG), and an SVG cover is missing from several readers’ libraries; export the cover as JPEG or PNG`, place, 'cover-image-type');
    return undefined;
  }
  const size = imageSize(data, mediaType);
  if (!size) {
    report(bookFile, `The cover image \`${book.coverImage}\` has no readable size in its header: the file looks damaged, and readers would show nothing; export it again`, place, 'cover-image-type');
    return undefined;
  }
  const short = Math.min(size.width, size.height);
  const ratio = size.height / size.width;
  if (short < coverGuidance.shortSide) {
    report(bookFile, `The cover image \`${book.coverImage}\` is ${size.width} × ${size.height} px: Apple Books asks for at least ${coverGuidance.shortSide} px on the short side, and a smaller cover looks blurred on a tablet or in a store; use a larger image, ideally 1600 × 2560 (Amazon KDP’s guidance)`, place, 'cover-image-size', 'warning');
  }
  if (ratio < coverGuidance.ratio.least || ratio > coverGuidance.ratio.most) {
    report(bookFile, `The cover image \`${book.coverImage}\` is ${size.width} × ${size.height} px, ${ratio < 1 ? 'wider than tall' : `${ratio.toFixed(2)} times as tall as wide`}: Amazon KDP asks for a height 1.6 times the width (1600 × 2560), and readers crop or letterbox other shapes in their libraries; crop the cover to about 1:1.6`, place, 'cover-image-size', 'warning');
  }
  const asset = known ?? { path: key, mediaType, data };
  assets.set(key, asset);
  return asset;
}
