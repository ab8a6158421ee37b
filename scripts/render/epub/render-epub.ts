/**
 * The EPUB 3 writer. It reuses the book as hast (pandoc's EPUB writer reuses its HTML writer the
 * same way), splits it into one XHTML file per chapter, rewrites links through a reference table,
 * and packages the files itself (opf.ts, nav.ts, zip.ts). epub-gen-memory was measured and
 * replaced: see the README's outputs section for why.
 *
 * Layout of the container:
 *   mimetype, META-INF/container.xml
 *   OEBPS/content.opf, nav.xhtml, cover.xhtml, cover.png, chNN.xhtml, bibliography.xhtml,
 *         epub.css, images/… (the manuscript's), figures/… (SVG drawn from the front matter)
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
import { markBareUrls } from '../html/bare-urls.ts';
import { chaptersFor } from '../hast/prune-hidden.ts';

const labels = { contents: 'Contents', landmarks: 'Landmarks', bibliography: 'Bibliography', cover: 'Cover', start: 'Start of content' };
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
  void startCover(normalizeMetadata(manuscript.book));
}

export const renderEpub: Renderer = async ({ context, chapters: all }) => {
  // Conditional content for the page or the deck only is not the EPUB's (Quarto's `content-visible`).
  const chapters = chaptersFor(all, 'epub');
  const { manuscript } = context;
  const metadata = normalizeMetadata(manuscript.book, { sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'] });
  // Started first (if prepareEpub did not already): the rest of this renderer overlaps it.
  const cover = startCover(metadata);
  const lang = metadata.language;
  const names = foreignNames(manuscript);

  // 1. The chapters, one at a time: each tree made, serialised and dropped (chapter-page.ts).
  const links = new LinkTable(manuscript.files.map((file) => String(file.value)));
  const imageFiles = new ImageFiles();
  const pages = chapters.map((chapter) => chapterPage(chapter, { manuscript, lang, names, links, imageFiles }));
  const entries = context.citations.bibliography().map((entry) => structuredClone(entry));
  // As on the page: an address written out is shown decoded for reading (its href stays).
  for (const entry of entries) markBareUrls(entry);
  const bibliography = entries.length > 0 ? { type: 'root' as const, children: bibliographyBody(labels.bibliography, entries) } : undefined;
  if (bibliography) {
    links.addIds(bibliography, bibliographyFile);
    links.rewrite(bibliography, bibliographyFile);
  }

  // 2. The package. Every id is known now: the links written before their target resolve.
  const figures = pages.flatMap((page) => page.figures);
  const images = [...new Set(pages.flatMap((page) => page.images))];
  const accessibility = accessibilityMetadata({ images: images.length, figures: figures.length });
  const byline = metadata.creators.join(', ');
  const coverAlt = `Cover: ${metadata.title}${metadata.subtitle ? `: ${metadata.subtitle}` : ''}${byline ? `, by ${byline}` : ''}`;
  const navigation = navBody({ chapters: pages, bibliography: bibliography ? bibliographyFile : undefined, cover: coverPageFile, labels });
  const page = (id: string, href: string, xhtml: string, properties: string[] = []): PackagedFile => ({
    id,
    href,
    mediaType: xhtmlType,
    properties,
    data: () => links.resolve(xhtml, href),
    inSpine: true,
  });
  const document = (title: string, bodyType: string, body: ElementContent[]) => xhtmlDocument({ title, lang, bodyType, body });
  const files: PackagedFile[] = [
    page('cover-page', coverPageFile, document(labels.cover, 'frontmatter', coverBody(coverAlt))),
    { id: 'cover-image', href: coverImageFile, mediaType: 'image/png', properties: ['cover-image'], data: (await cover).slice() },
    page('nav', navFile, document(labels.contents, 'frontmatter', navigation), ['nav']),
    // A page with MathML says so (EPUB 3.3 §5.6.2.3, the `mathml` manifest property).
    ...pages.map(({ file, xhtml }) => page(file.replace('.xhtml', ''), file, xhtml, xhtml.includes('<math ') ? ['mathml'] : [])),
    ...(bibliography ? [page('bibliography', bibliographyFile, document(labels.bibliography, 'backmatter', bibliography.children))] : []),
    { id: 'css', href: 'epub.css', mediaType: 'text/css', data: template('epub.css') + pandocClassStyles(chapters) + (context.engines.syntax ? template('epub-syntax.css') : '') },
    ...images.map((asset, index) => ({ id: `image-${index + 1}`, href: imageFiles.path(asset), mediaType: asset.mediaType, data: asset.data })),
    ...figures.map((figure, index) => ({ id: `figure-${index + 1}`, href: figure.path, mediaType: 'image/svg+xml', data: figure.data })),
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
