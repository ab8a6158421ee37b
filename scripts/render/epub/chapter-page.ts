/**
 * One chapter's XHTML file, made from its `<section>` in the shared book-as-hast: the section is
 * copied (the page and the deck read the shared tree too), made EPUB-ready, serialised, and the copy
 * dropped. Made one chapter at a time, the EPUB never holds more than one chapter's tree: at 50×
 * the copies of the whole book (~50 MB) and their xast were alive together until the package was
 * zipped, and the heap grew into them.
 */
import type { Asset, Manuscript } from '../../manuscript/types.ts';
import type { ChapterHast, TocEntry } from '../hast/book-to-hast.ts';
import { chapterBody, chapterFile, packageImages } from './documents.ts';
import type { ImageFiles } from './image-files.ts';
import { extractFigures } from './figures.ts';
import { epubFootnotes } from './footnotes.ts';
import { tagForeignNames, type ForeignName } from './languages.ts';
import type { LinkTable } from './links.ts';
import { svgImageFile } from './svg-file.ts';
import { figureDarkCss } from '../../figures/dark-mode.ts';
import { xhtmlDocument } from './xhtml.ts';
import { markBareUrls } from '../html/bare-urls.ts';
import type { Words } from '../../i18n/words.ts';

export interface ChapterPage {
  file: string;
  title: string;
  toc: TocEntry;
  /** The XHTML text, links to documents not made yet still marked (`LinkTable.resolve`). */
  xhtml: string;
  /**
   * The chapter's SVG figures as image files (`figures/<name>.svg`, with their colours for a dark
   * scheme), in document order, each with where its PNG goes and the SVG to draw it from.
   */
  figures: Array<{ path: string; data: string; rasterPath: string; rasterSource: string }>;
  images: Asset[];
}

export interface ChapterPageOptions {
  manuscript: Manuscript;
  lang: string;
  names: readonly ForeignName[];
  links: LinkTable;
  imageFiles: ImageFiles;
  words: Words;
  /** `epub.css`, then the author's style sheets. */
  stylesheets: readonly string[];
}

export function chapterPage({ chapter, section, toc }: ChapterHast, { manuscript, lang, names, links, imageFiles, words, stylesheets }: ChapterPageOptions): ChapterPage {
  const tree = structuredClone(section);
  const file = chapterFile(chapter.number);
  epubFootnotes(tree, words.notes);
  tagForeignNames(tree, names);
  markBareUrls(tree);
  const figures = extractFigures(tree, toc.id).map(({ path, rasterPath, svg }) => ({ path, data: svgImageFile(svg, figureDarkCss()), rasterPath, rasterSource: svgImageFile(svg) }));
  const images = packageImages(tree, manuscript.assets, imageFiles);
  links.addIds(tree, file);
  links.rewrite(tree, file);
  const title = chapter.meta.title;
  const xhtml = xhtmlDocument({ title, lang, bodyType: 'bodymatter', body: chapterBody(tree), stylesheets });
  return { file, title, toc, xhtml, figures, images };
}
