/**
 * The author's fonts (`fonts:`), read at load time like images: each file inside the manuscript,
 * a TrueType, OpenType, WOFF or WOFF2 font by its bytes (`font-type` at the `file` value
 * otherwise). The renderers subset and embed them (render/epub/embedded-font.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { sniffFont, type FontMediaType } from './font-type.ts';
import type { FrontMatter } from './front-matter.ts';
import { limits } from './limits.ts';
import { resolveReported } from './paths.ts';
import type { Book } from './schema.ts';
import type { FontFace } from './schema/look.ts';
import type { Asset, Manuscript } from './types.ts';

export interface AuthorFont extends Omit<FontFace, 'file'> {
  asset: Asset & { mediaType: FontMediaType };
}

export function loadAuthorFonts(dir: string, book: Book, bookFile: VFile, matter: FrontMatter<Book>, assets: Manuscript['assets']): AuthorFont[] {
  const fonts: AuthorFont[] = [];
  book.fonts.forEach(({ file, ...face }, index) => {
    const place = matter.locate(['fonts', index, 'file']);
    const path = resolveReported(dir, file, bookFile, place, 'font');
    if (!path) return;
    if (statSync(path).size > limits.imageBytes) {
      report(bookFile, `The font \`${file}\` is over ${limits.imageBytes / 1024 / 1024} MB, a bound that keeps builds finite; use the font’s ordinary files, one per style and weight`, place, 'file-too-large');
      return;
    }
    const key = relative(dir, path).split(sep).join('/');
    const data = assets.get(key)?.data ?? new Uint8Array(readFileSync(path));
    const mediaType = sniffFont(data);
    if (!mediaType) {
      report(bookFile, `The font \`${file}\` is not a TrueType, OpenType, WOFF or WOFF2 font (judged by its bytes): those are what EPUB readers and browsers load (EPUB 3.3 core media types); use the font’s .ttf, .otf, .woff or .woff2 file`, place, 'font-type');
      return;
    }
    const asset = { path: key, mediaType, data };
    assets.set(key, asset);
    fonts.push({ ...face, asset });
  });
  return fonts;
}
