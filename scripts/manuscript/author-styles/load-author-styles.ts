/**
 * The author's style sheets (`css:`, and the deck's `deck.css`), read at load time: each inside the
 * manuscript (paths.ts), within the bounds of a text file of the manuscript (the caller's reader),
 * made safe by sanitize-css.ts, and each image or font its `url()`s name read into
 * `manuscript.assets`, judged by its bytes. A problem in a style sheet is reported at its place in
 * that file, which joins the files whose messages print.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report.ts';
import { sniffImage } from '../assets.ts';
import { sniffFont } from '../font-type.ts';
import type { FrontMatter } from '../front-matter.ts';
import { limits } from '../limits.ts';
import { resolveReported } from '../paths.ts';
import type { Book } from '../schema.ts';
import { styledOutputs, type StyledOutput } from '../schema/look.ts';
import type { AuthorStyleRef } from '../schema/normalize-book.ts';
import { svgImageProblems, withoutDoctype } from '../svg-image.ts';
import type { Asset, Manuscript } from '../types.ts';
import { sanitizeCss, type CssFiles, type CssPart } from './sanitize-css.ts';

export interface AuthorStyle {
  /** Relative to the manuscript directory, POSIX separators. */
  path: string;
  /** The sanitised CSS, an asset wherever a `url()` names a manuscript file. */
  parts: readonly CssPart[];
}

/** Each output's style sheets, in cascade order; a file several outputs name is read once. */
export type AuthorStyles = Record<StyledOutput, AuthorStyle[]>;

/** Reads a text file of the manuscript within its bounds (pipeline/read-bounded.ts); `refused` when it is over one. */
export type ReadText = (path: string) => Promise<{ file: VFile; refused: boolean }>;

/** Whether the book names any style sheet, for any output. */
export function hasAuthorStyles(book: Book): boolean {
  return styledOutputs.some((output) => book.css[output].length > 0);
}

export async function loadAuthorStyles(dir: string, book: Book, bookFile: VFile, matter: FrontMatter<Book>, assets: Manuscript['assets'], files: VFile[], read: ReadText): Promise<AuthorStyles> {
  const loaded = new Map<string, Promise<AuthorStyle | undefined>>();
  const styles: AuthorStyles = { page: [], epub: [], deck: [] };
  for (const output of styledOutputs) {
    for (const ref of book.css[output]) {
      if (!loaded.has(ref.file)) loaded.set(ref.file, loadStyle(dir, ref, bookFile, matter, assets, files, read));
      const style = await loaded.get(ref.file);
      if (style) styles[output].push(style);
    }
  }
  return styles;
}

async function loadStyle(dir: string, ref: AuthorStyleRef, bookFile: VFile, matter: FrontMatter<Book>, assets: Manuscript['assets'], files: VFile[], read: ReadText): Promise<AuthorStyle | undefined> {
  const path = resolveReported(dir, ref.file, bookFile, matter.locate(ref.at), 'style sheet');
  if (!path) return undefined;
  const { file, refused } = await read(path);
  remember(files, file);
  if (refused) return undefined;
  const parts = await sanitizeCss(file, manuscriptFiles(dir, assets, files, read));
  return parts && { path: relative(dir, path).split(sep).join('/'), parts };
}

/** The files a style sheet names, looked for from its own folder. */
function manuscriptFiles(dir: string, assets: Manuscript['assets'], files: VFile[], read: ReadText): CssFiles {
  return {
    async sheet(reference, place, from) {
      const path = resolveReported(dir, reference, from, place, 'imported style sheet', dirname(from.path));
      if (!path) return undefined;
      const { file, refused } = await read(path);
      remember(files, file);
      return refused ? undefined : file;
    },
    asset: (reference, place, from) => urlAsset(dir, assets, reference, place, from),
  };
}

/**
 * Adds a style sheet to the files whose messages print, once: a sheet both listed and imported is
 * read twice, and the second reading's messages are the first's again.
 */
function remember(files: VFile[], file: VFile): void {
  if (!files.some((known) => known.path === file.path)) files.push(file);
}

/** The image or font a `url()` names, shared with the text's images and the author's fonts. */
function urlAsset(dir: string, assets: Manuscript['assets'], reference: string, place: Position, from: VFile): Asset | undefined {
  const target = resolveReported(dir, reference, from, place, 'file named in the style sheet', dirname(from.path));
  if (!target) return undefined;
  const key = relative(dir, target).split(sep).join('/');
  const known = assets.get(key);
  if (known) {
    if (/^(image|font)\//.test(known.mediaType)) return known;
    report(from, urlTypeReason(reference), place, 'css-url-type');
    return undefined;
  }
  if (statSync(target).size > limits.imageBytes) {
    report(from, `The file \`${reference}\` is over ${limits.imageBytes / 1024 / 1024} MB: every output carries it, and builds must stay bounded; make it smaller`, place, 'file-too-large');
    return undefined;
  }
  const data = new Uint8Array(readFileSync(target));
  const mediaType = sniffImage(data) ?? sniffFont(data);
  if (!mediaType) {
    report(from, urlTypeReason(reference), place, 'css-url-type');
    return undefined;
  }
  if (mediaType === 'image/svg+xml') {
    // The same rules as an SVG image of the text (svg-image.ts): no script, nothing loaded from elsewhere.
    const problems = svgImageProblems(data);
    for (const problem of problems) report(from, `The SVG image \`${reference}\` ${problem.reason}`, place, problem.ruleId);
    if (problems.length > 0) return undefined;
  }
  const asset: Asset = { path: key, mediaType, data: mediaType === 'image/svg+xml' ? withoutDoctype(data) : data };
  assets.set(key, asset);
  return asset;
}

function urlTypeReason(reference: string): string {
  return `\`url(${reference})\` names a file that is neither an image (PNG, JPEG, GIF, WebP, SVG) nor a font (TTF, OTF, WOFF, WOFF2) by its bytes, and only those are carried into the outputs: name an image or a font`;
}
