/**
 * The author's style sheets (`css:`), read at load time: each inside the manuscript
 * (paths.ts), UTF-8, within the size of a Markdown file, made safe by sanitize-css.ts, and each
 * image or font its `url()`s name read into `manuscript.assets` (judged by its bytes). A problem in
 * a style sheet is reported at its place in that file, which joins the files whose messages print.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import { report } from '../../diagnostics/report.ts';
import { sniffImage } from '../assets.ts';
import { sniffFont } from '../font-type.ts';
import type { FrontMatter } from '../front-matter.ts';
import { limits } from '../limits.ts';
import { resolveReported } from '../paths.ts';
import type { Book } from '../schema.ts';
import { styledOutputs, type StyledOutput } from '../schema/look.ts';
import type { AuthorStyleRef } from '../schema/normalize-book.ts';
import type { Asset, Manuscript } from '../types.ts';
import { sanitizeCss, type CssPart } from './sanitize-css.ts';

export interface AuthorStyle {
  /** Relative to the manuscript directory, POSIX separators. */
  path: string;
  /** The sanitised CSS, an asset wherever a `url()` names a manuscript file. */
  parts: readonly CssPart[];
}

/** Each output's style sheets, in cascade order; a file several outputs name is read once. */
export type AuthorStyles = Record<StyledOutput, AuthorStyle[]>;

export async function loadAuthorStyles(dir: string, book: Book, bookFile: VFile, matter: FrontMatter<Book>, assets: Manuscript['assets'], files: VFile[]): Promise<AuthorStyles> {
  const loaded = new Map<string, AuthorStyle | undefined>();
  const styles: AuthorStyles = { page: [], epub: [], deck: [] };
  for (const output of styledOutputs) {
    for (const ref of book.css[output]) {
      if (!loaded.has(ref.file)) loaded.set(ref.file, await loadStyle(dir, ref, bookFile, matter, assets, files));
      const style = loaded.get(ref.file);
      if (style) styles[output].push(style);
    }
  }
  return styles;
}

async function loadStyle(dir: string, ref: AuthorStyleRef, bookFile: VFile, matter: FrontMatter<Book>, assets: Manuscript['assets'], files: VFile[]): Promise<AuthorStyle | undefined> {
  const path = resolveReported(dir, ref.file, bookFile, matter.locate(ref.at), 'style sheet');
  if (!path) return undefined;
  if (statSync(path).size > limits.fileBytes) {
    report(bookFile, `The style sheet \`${ref.file}\` is over ${limits.fileBytes / 1024 / 1024} MB, a bound that keeps builds finite; no book’s styles need so much: remove what it does not use`, matter.locate(ref.at), 'file-too-large');
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/, '');
  } catch {
    report(bookFile, `The style sheet \`${ref.file}\` is not UTF-8: its characters would come out garbled; save it again as UTF-8`, matter.locate(ref.at), 'encoding-invalid');
    return undefined;
  }
  const file = new VFile({ path, value: text });
  files.push(file);
  const parts = await sanitizeCss(file, (reference, place) => {
    const target = resolveReported(dir, reference, file, place, 'file named in the style sheet', dirname(path));
    if (!target) return undefined;
    const key = relative(dir, target).split(sep).join('/');
    const known = assets.get(key);
    if (!known && statSync(target).size > limits.imageBytes) {
      report(file, `The file \`${reference}\` is over ${limits.imageBytes / 1024 / 1024} MB: every output carries it; make it smaller`, place, 'file-too-large');
      return undefined;
    }
    const data = known?.data ?? new Uint8Array(readFileSync(target));
    const mediaType = known ? (/^(image|font)\//.test(known.mediaType) ? known.mediaType : undefined) : (sniffImage(data) ?? sniffFont(data));
    if (!mediaType || mediaType === 'image/svg+xml') {
      report(file, `\`url(${reference})\` is refused: ${mediaType ? 'an SVG named from a style sheet is not checked for scripts as an image of the text is' : 'the file is neither an image (PNG, JPEG, GIF, WebP) nor a font (TTF, OTF, WOFF, WOFF2) by its bytes'}, and only those are carried into the outputs; ${mediaType ? 'use a PNG, or show the SVG as an image in the text' : 'name an image or a font'}`, place, 'css-refused');
      return undefined;
    }
    const asset: Asset = known ?? { path: key, mediaType, data };
    assets.set(key, asset);
    return asset;
  });
  return parts && { path: relative(dir, path).split(sep).join('/'), parts };
}
