/**
 * The EPUB 3 writer. It reuses the book as hast (pandoc's EPUB writer reuses its HTML writer the
 * same way), splits it into one XHTML file per chapter, rewrites links through a reference table,
 * and packages the files itself (opf.ts, nav.ts, zip.ts). epub-gen-memory was measured and
 * replaced: see the README's outputs section for why.
 *
 * Layout of the container:
 *   mimetype, META-INF/container.xml
 *   OEBPS/content.opf, cover.xhtml, cover.png (or the author’s images/…), titlepage.xhtml, copyright.xhtml, nav.xhtml, chNN.xhtml, bibliography.xhtml,
 *         epub.css, images/… (the manuscript's), figures/… (SVG drawn from the front matter, and each as PNG)
 */
import { pandocClassStyles } from '../hast/pandoc-class-styles.ts';
import type { ElementContent } from 'hast';
import type { Manuscript } from '../../manuscript/types.ts';
import { template } from '../../resources.ts';
import type { Renderer } from '../types.ts';
import { accessibilityMetadata } from './accessibility.ts';
import { startCover } from './cover.ts';
import { chapterPage } from './chapter-page.ts';
import { bibliographyBody, bibliographyFile, coverBody, coverImageFile, coverPageFile } from './documents.ts';
import { foreignNames } from './languages.ts';
import { LinkTable } from './links.ts';
import { normalizeMetadata } from './metadata.ts';
import { navBody, navFile } from './nav.ts';
import { containerXml, packageDirectory, packageDocument, packageFile, type ManifestItem } from './opf.ts';
import { xhtmlDocument } from './xhtml.ts';
import { ocfZip, type ZipEntry } from './zip.ts';
import { ImageFiles } from './image-files.ts';
import { copyrightPageBody, copyrightPageFile, titlePageBody, titlePageFile } from './title-pages.ts';
import { titleFacts } from '../hast/title-facts.ts';
import { embeddedFamily, embeddedFonts, fontFaceCss, textCharacters } from './embedded-font.ts';
import { authorFontCss, subsetAuthorFonts } from '../hast/author-fonts.ts';
import { toHtml } from 'hast-util-to-html';
import { markBareUrls } from '../html/bare-urls.ts';
import { fill, titleByAuthors } from '../../i18n/fill.ts';
import { bookWords } from '../../i18n/book-words.ts';
import { figureRaster } from './figure-raster.ts';
import { authorCssText, stylesFor } from '../hast/author-css.ts';
import { fontExtension, type FontMediaType } from '../../manuscript/font-type.ts';
import type { Asset } from '../../manuscript/types.ts';
import { chaptersFor } from '../hast/prune-hidden.ts';

const xhtmlType = 'application/xhtml+xml';

/** One file of the package: its manifest entry (its href is also its path: every name is URL-safe), its bytes, and whether it is in the spine (reading order, in list order). */
interface PackagedFile extends ManifestItem {
  /** A content document's text is made when the zip asks for it (its links resolved then), and let go once compressed. */
  data: Uint8Array | string | (() => string);
  inSpine?: boolean;
}

/**
 * Starts rasterising the cover (drawing on the thread pool) from the front matter alone, so that renderAll can
 * overlap it with the shared work before the renderers; renderEpub then finds it under way.
 */
export function prepareEpub(manuscript: Manuscript): void {
  if (!manuscript.cover) void startCover(normalizeMetadata(manuscript.book, {}, bookWords(manuscript.book)));
}

export const renderEpub: Renderer = async ({ context, chapters: all }) => {
  // Conditional content for the page or the deck only is not the EPUB's (Quarto's `content-visible`).
  const chapters = chaptersFor(all, 'epub');
  const { manuscript, words } = context;
  const metadata = normalizeMetadata(manuscript.book, { sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'] }, words);
  // The author's cover (`cover-image`), else the drawn one, started first (if prepareEpub did not
  // already): the rest of this renderer overlaps it.
  const authorCover = manuscript.cover;
  const cover = authorCover ? undefined : startCover(metadata);
  const lang = metadata.language;
  const names = foreignNames(manuscript);

  // 1. The chapters, one at a time: each tree made, serialised and dropped (chapter-page.ts).
  const links = new LinkTable(manuscript.files.map((file) => String(file.value)));
  const imageFiles = new ImageFiles();
  // The author's style sheets (`css`) come after epub.css, each its own file.
  const authorStyles = stylesFor(manuscript.styles, 'epub');
  const stylesheets = ['epub.css', ...authorStyles.map((_, index) => `author-${index + 1}.css`)];
  const pages = chapters.map((chapter) => chapterPage(chapter, { manuscript, lang, names, links, imageFiles, words, stylesheets }));
  const entries = context.citations.bibliography().map((entry) => structuredClone(entry));
  // As on the page: an address written out is shown decoded for reading (its href stays).
  for (const entry of entries) markBareUrls(entry);
  const bibliography = entries.length > 0 ? { type: 'root' as const, children: bibliographyBody(words.bibliography, entries) } : undefined;
  if (bibliography) {
    links.addIds(bibliography, bibliographyFile);
    links.rewrite(bibliography, bibliographyFile);
  }

  // 2. The package. Every id is known now: the links written before their target resolve.
  const figures = pages.flatMap((page) => page.figures);
  // The figures' PNGs are drawn on the thread pool while this thread subsets the fonts.
  const drawing = Promise.all(figures.map((figure) => figureRaster(figure.rasterSource)));
  drawing.catch(() => undefined); // awaited below; a failure is reported there, not as an unhandled rejection
  // The author's cover is one manifest item, also when the text shows it.
  const shown = [...new Set(pages.flatMap((page) => page.images))];
  const images = shown.filter((asset) => asset !== authorCover);
  const coverItem = authorCover
    ? { id: 'cover-image', href: imageFiles.path(authorCover), mediaType: authorCover.mediaType, properties: ['cover-image'], data: authorCover.data }
    : { id: 'cover-image', href: coverImageFile, mediaType: 'image/png', properties: ['cover-image'], data: (await cover!).slice() };
  // Every letter the reader will see, for the embedded font (none when the device's fonts have them all).
  const document = (title: string, bodyType: string, body: ElementContent[]) => xhtmlDocument({ title, lang, bodyType, body, stylesheets });
  const facts = titleFacts(manuscript.book, words);
  const titlePage = document(words.titlePage, 'frontmatter', titlePageBody(facts));
  const copyrightPage = document(words.copyright, 'frontmatter', copyrightPageBody(facts, words));
  const characters = textCharacters([...pages.map((page) => page.xhtml), ...(bibliography ? [toHtml(bibliography)] : []), titlePage, copyrightPage]);
  // Text that is not (only) in those documents: the nav's and the cover's words, the cover's alt text.
  for (const text of [...Object.values(words).filter((w): w is string => typeof w === 'string'), manuscript.book.title, manuscript.book.subtitle ?? '', ...manuscript.book.authors]) for (const c of text) characters.add(c);
  const fonts = (await embeddedFonts(characters)) ?? [];
  // The author's fonts, subset to the same characters (render/hast/author-fonts.ts).
  const authorFonts = manuscript.fonts?.length ? await subsetAuthorFonts(manuscript.fonts, characters, 'sfnt') : [];
  const rasters = await drawing;
  const accessibility = accessibilityMetadata({ images: shown.length, figures: figures.length, fonts: fonts.length }, words);
  const coverAlt = fill(words.coverAlt, { title: titleByAuthors(words, metadata.subtitle ? `${metadata.title}: ${metadata.subtitle}` : metadata.title, metadata.creators) });
  const navigation = navBody({ chapters: pages, bibliography: bibliography ? bibliographyFile : undefined, cover: coverPageFile, titlePage: titlePageFile, words });
  const page = (id: string, href: string, xhtml: string, properties: string[] = []): PackagedFile => ({
    id,
    href,
    mediaType: xhtmlType,
    properties,
    data: () => links.resolve(xhtml, href),
    inSpine: true,
  });
  // What the author's style sheets name: images beside the text's, fonts under fonts/author-N.
  const styleAssets = [...new Set(authorStyles.flatMap((style) => style.parts.filter((part) => typeof part !== 'string')))];
  const styleFontPath = (asset: Asset) => `fonts/author-${styleAssets.filter((a) => a.mediaType.startsWith('font/')).indexOf(asset) + 1}.${fontExtension[asset.mediaType as FontMediaType]}`;
  const styleAssetPath = (asset: Asset) => (asset.mediaType.startsWith('font/') ? styleFontPath(asset) : imageFiles.path(asset));
  const styleImages = styleAssets.filter((asset) => !asset.mediaType.startsWith('font/') && !shown.includes(asset) && asset !== authorCover);
  const files: PackagedFile[] = [
    page('cover-page', coverPageFile, document(words.cover, 'frontmatter', coverBody(coverAlt, coverItem.href))),
    coverItem,
    page('titlepage', titlePageFile, titlePage),
    page('copyright', copyrightPageFile, copyrightPage),
    page('nav', navFile, document(words.contents, 'frontmatter', navigation), ['nav']),
    // A page with MathML says so (EPUB 3.3 §5.6.2.3, the `mathml` manifest property).
    ...pages.map(({ file, xhtml }) => page(file.replace('.xhtml', ''), file, xhtml, xhtml.includes('<math ') ? ['mathml'] : [])),
    ...(bibliography ? [page('bibliography', bibliographyFile, document(words.bibliography, 'backmatter', bibliography.children))] : []),
    {
      id: 'css',
      href: 'epub.css',
      mediaType: 'text/css',
      data: template('epub.css') + pandocClassStyles(chapters) + (context.engines.syntax ? template('epub-syntax.css') : '') + (fonts.length > 0 ? fontFaceCss(fonts, (font) => font.path) : '') + authorFontCss(authorFonts, (font) => font.path, fonts.length > 0 ? `"${embeddedFamily}", serif` : 'serif'),
    },
    ...authorFonts.map((font, index) => ({ id: `author-face-${index + 1}`, href: font.path, mediaType: font.mediaType, data: font.data })),
    ...authorStyles.map((style, index) => ({ id: `author-css-${index + 1}`, href: `author-${index + 1}.css`, mediaType: 'text/css', data: authorCssText(style, styleAssetPath) })),
    ...fonts.map((font, index) => ({ id: `font-${index + 1}`, href: font.path, mediaType: 'font/ttf', data: font.data })),
    ...styleAssets.filter((asset) => asset.mediaType.startsWith('font/')).map((asset, index) => ({ id: `author-font-${index + 1}`, href: styleFontPath(asset), mediaType: asset.mediaType, data: asset.data })),
    ...styleImages.map((asset, index) => ({ id: `style-image-${index + 1}`, href: imageFiles.path(asset), mediaType: asset.mediaType, data: asset.data })),
    ...images.map((asset, index) => ({ id: `image-${index + 1}`, href: imageFiles.path(asset), mediaType: asset.mediaType, data: asset.data })),
    ...figures.flatMap((figure, index) => [
      { id: `figure-${index + 1}`, href: figure.path, mediaType: 'image/svg+xml', data: figure.data },
      { id: `figure-${index + 1}-png`, href: figure.rasterPath, mediaType: 'image/png', data: rasters[index]! },
    ]),
  ];
  const spine = files.filter((file) => file.inSpine).map((file) => ({ idref: file.id }));
  const opf = packageDocument({ metadata, accessibility, manifest: files, spine });
  function* zipEntries(): Generator<ZipEntry> {
    yield { path: 'META-INF/container.xml', data: containerXml() };
    yield { path: packageFile, data: opf };
    for (const file of files) {
      yield { path: `${packageDirectory}/${file.href}`, data: typeof file.data === 'function' ? file.data() : file.data };
      // The chapter's text (held by `pages` and this file's closure) goes once it is compressed.
      file.data = '';
    }
  }
  pages.length = 0;
  return [{ path: `${manuscript.slug}.epub`, data: ocfZip(zipEntries(), new Date(metadata.modified)) }];
};
