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
import type { ElementContent } from 'hast';
import type { Manuscript } from '../../manuscript/types.ts';
import { template } from '../../resources.ts';
import type { Renderer } from '../types.ts';
import { accessibilityMetadata } from './accessibility.ts';
import { startCover } from './cover.ts';
import { bibliographyBody, bibliographyFile, chapterBody, chapterFile, coverBody, coverImageFile, coverPageFile, usedAssets } from './documents.ts';
import { extractFigures } from './figures.ts';
import { epubFootnotes } from './footnotes.ts';
import { foreignNames, tagBibliographyLanguages, tagCitationLanguages, tagForeignNames } from './languages.ts';
import { referenceTable, rewriteLinks, type Document } from './links.ts';
import { normalizeMetadata } from './metadata.ts';
import { navBody, navFile } from './nav.ts';
import { containerXml, packageDirectory, packageDocument, packageFile, type ManifestItem } from './opf.ts';
import { svgImageFile } from './svg-file.ts';
import { xhtmlDocument } from './xhtml.ts';
import { ocfZip, type ZipEntry } from './zip.ts';

const labels = { contents: 'Contents', landmarks: 'Landmarks', bibliography: 'Bibliography', cover: 'Cover', start: 'Start of content' };
const xhtmlType = 'application/xhtml+xml';

/** One file of the package: its manifest entry, its bytes, whether it is in the spine (reading order, in list order), and its zip path when that differs from its (URL-encoded) href. */
interface PackagedFile extends ManifestItem {
  data: Uint8Array | string;
  inSpine?: boolean;
  path?: string;
}

/**
 * Starts rasterising the cover (drawing on the thread pool) from the front matter alone, so that renderAll can
 * overlap it with the shared work before the renderers; renderEpub then finds it under way.
 */
export function prepareEpub(manuscript: Manuscript): void {
  void startCover(normalizeMetadata(manuscript.book));
}

export const renderEpub: Renderer = async ({ context, chapters }) => {
  const { manuscript } = context;
  const metadata = normalizeMetadata(manuscript.book, { sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'] });
  // Started first (if prepareEpub did not already): the rest of this renderer overlaps it.
  const cover = startCover(metadata);
  const lang = metadata.language;
  const names = foreignNames(manuscript);

  // 1. The chapters as separate trees (cloned: the shared hast also feeds the page and the deck).
  const pages = chapters.map(({ chapter, section, toc }) => {
    const tree = structuredClone(section);
    const file = chapterFile(chapter.number);
    epubFootnotes(tree, toc.id);
    tagForeignNames(tree, names);
    tagCitationLanguages(tree, manuscript);
    const figures = extractFigures(tree, toc.id);
    return { file, tree, toc, title: chapter.meta.title, figures, images: usedAssets(tree, manuscript.assets) };
  });
  const entries = context.citations.bibliography().map((entry) => structuredClone(entry));
  tagBibliographyLanguages(entries, manuscript);
  const bibliography = entries.length > 0 ? bibliographyBody(labels.bibliography, entries) : undefined;

  // 2. Links between files, through one table of every id.
  const documents: Document[] = pages.map(({ file, tree }) => ({ file, tree }));
  if (bibliography) documents.push({ file: bibliographyFile, tree: { type: 'root', children: bibliography } });
  const table = referenceTable(documents);
  for (const { file, tree } of documents) rewriteLinks(tree, file, table);

  // 3. The package.
  const figures = pages.flatMap((page) => page.figures);
  const images = [...new Set(pages.flatMap((page) => page.images))];
  const accessibility = accessibilityMetadata({ images: images.length, figures: figures.length });
  const byline = metadata.creators.join(', ');
  const coverAlt = `Cover: ${metadata.title}${metadata.subtitle ? `: ${metadata.subtitle}` : ''}, by ${byline}`;
  const navigation = navBody({ chapters: pages, bibliography: bibliography ? bibliographyFile : undefined, cover: coverPageFile, labels });
  const page = (id: string, href: string, title: string, bodyType: string, body: ElementContent[], properties: string[] = []): PackagedFile => ({
    id,
    href,
    mediaType: xhtmlType,
    properties,
    data: xhtmlDocument({ title, lang, bodyType, body }),
    inSpine: true,
  });
  const files: PackagedFile[] = [
    page('cover-page', coverPageFile, labels.cover, 'frontmatter', coverBody(coverAlt)),
    { id: 'cover-image', href: coverImageFile, mediaType: 'image/png', properties: ['cover-image'], data: (await cover).slice() },
    page('nav', navFile, labels.contents, 'frontmatter', navigation, ['nav']),
    ...pages.map(({ file, title, tree }) => page(file.replace('.xhtml', ''), file, title, 'bodymatter', chapterBody(tree))),
    ...(bibliography ? [page('bibliography', bibliographyFile, labels.bibliography, 'backmatter', bibliography)] : []),
    { id: 'css', href: 'epub.css', mediaType: 'text/css', data: template('epub.css') },
    ...images.map((asset, index) => ({ id: `image-${index + 1}`, href: encodeURI(asset.path), mediaType: asset.mediaType, data: asset.data, path: asset.path })),
    ...figures.map((figure, index) => ({ id: `figure-${index + 1}`, href: figure.path, mediaType: 'image/svg+xml', data: svgImageFile(figure.svg) })),
  ];
  const spine = files.filter((file) => file.inSpine).map((file) => ({ idref: file.id }));
  const opf = packageDocument({ metadata, accessibility, manifest: files, spine });
  const zipEntries: ZipEntry[] = [
    { path: 'META-INF/container.xml', data: containerXml() },
    { path: packageFile, data: opf },
    ...files.map((file) => ({ path: `${packageDirectory}/${file.path ?? file.href}`, data: file.data })),
  ];
  return [{ path: `${manuscript.slug}.epub`, data: ocfZip(zipEntries, new Date(metadata.modified)) }];
};
