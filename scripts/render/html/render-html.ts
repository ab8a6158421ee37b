/**
 * The standalone page: one HTML file that opens anywhere, offline: CSS inline, figures as inline
 * SVG, images as data: URIs, no script to run. The layout is a hast tree (page-document.ts); each
 * chapter goes in as the HTML text page-section.ts writes from the shared book hast, in reading
 * order, because citation ids and heading levels count on from the chapter before.
 */
import { pandocClassStyles } from '../hast/pandoc-class-styles.ts';
import { template } from '../../resources.ts';
import { figureDarkCss } from '../../figures/dark-mode.ts';
import type { Element, Root } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { stringifyHtml, stringifyParts } from '../hast/stringify-html.ts';
import { textArtifact, type Artifact, type Asset } from '../../manuscript/types.ts';
import { memoStore, type RenderMemo } from '../incremental/render-memo.ts';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import type { RenderInput, Renderer } from '../types.ts';
import { markBareUrls } from './bare-urls.ts';
import { addBackLinks, type CitingByKey } from './citation-back-links.ts';
import { closeHeadingGaps } from './heading-levels.ts';
import { inlineAssets } from './inline-assets.ts';
import { authorCssText, dataUri, stylesFor } from '../hast/author-css.ts';
import { authorFontCss, hastCharacters, subsetAuthorFonts } from '../hast/author-fonts.ts';
import { pageDocument } from './page-document.ts';
import { pageSectionHtml } from './page-section.ts';
import { EXIT, visit } from 'unist-util-visit';
import type { Words } from '../../i18n/words.ts';
import { chaptersFor } from '../hast/prune-hidden.ts';

export const renderHtml: Renderer = (input) => {
  // Conditional content for the EPUB or the deck only is not the page's (Quarto's `content-visible`).
  const chapters = chaptersFor(input.chapters, 'page');
  const { manuscript, words, citations } = input.context;
  if (!manuscript.fonts?.length) return renderPage(input, chapters, '');
  // The author's fonts, subset to what the page shows, as WOFF2 `data:` URIs.
  const { book } = manuscript;
  const characters = hastCharacters([...chapters.map((chapter) => chapter.section), ...citations.bibliography()], [
    book.title, book.subtitle ?? '', ...book.authors, ...book.institutes, book.license ?? '', book.copyright ?? '', book.publisher ?? '',
    ...Object.values(words).filter((word): word is string => typeof word === 'string'),
  ]);
  return subsetAuthorFonts(manuscript.fonts, characters, 'woff2').then((fonts) => renderPage(input, chapters, authorFontCss(fonts, (font) => dataUri({ path: font.path, mediaType: font.mediaType, data: font.data }), 'serif')));
};

function renderPage({ context, memo }: RenderInput, chapters: RenderInput['chapters'], fontCss: string): Artifact[] {
  const { manuscript } = context;
  const path = `${manuscript.slug}.html`;
  const bibliography = context.citations.bibliography();
  const toc = chapters.map((c) => c.toc);
  const write = (before: number, byKey: CitingByKey) => writeChapters(chapters, before, byKey, manuscript.assets, memo);
  const layout = memo && memoStore(memo, 'page-layout', (): KeptLayout => ({ key: '', before: 0, after: 0, pieces: [] }));
  // Appended to page.css: the figures' colours for a dark scheme, the pandoc classes the book uses,
  // code and math; then the author's style sheets, last, their files inlined like images.
  const figures = chapters.some((chapter) => holdsFigure(chapter.section));
  const authorStyles = stylesFor(manuscript.styles, 'page').map((style) => authorCssText(style, dataUri));
  const styles = (figures ? `${figureDarkCss('figure')}\n` : '') + pandocClassStyles(chapters) + (context.engines.syntax ? template('page-syntax.css') : '') + fontCss + authorStyles.join('');
  const layoutKey = memo && `${memo.generation}\0${bibliography.length > 0}\0${styles}\0${JSON.stringify(toc)}`;
  if (layout && layout.key === layoutKey) {
    // The layout around the chapters is the one of the last build: write the chapters and the
    // bibliography into its pieces, unless the heading level after the last chapter changed.
    const byKey: CitingByKey = new Map();
    const written = write(layout.before, byKey);
    if (written.after.at(-1) === layout.after) {
      const values = [...written.html, ...(bibliography.length > 0 ? [referencesHtml(bibliography, byKey, manuscript.assets, memo, context.words)] : [])];
      return [textArtifact(path, layout.pieces.flatMap((piece, index) => (index < values.length ? [piece, values[index]!] : [piece])).concat('\n'))];
    }
  }
  const slots: Raw[] = chapters.map(() => ({ type: 'raw', value: '' }));
  const slotIndex = new Map(slots.map((slot, index) => [slot, index]));
  // The entries go in as HTML text too, written once every citation is numbered (their "Cited in" links).
  const references: Raw = { type: 'raw', value: '' };
  const raw = bibliography.length > 0 ? [...slots, references] : slots;
  const listed = new Set(bibliography.map((entry) => String(entry.properties['id']).replace(/^ref-/, '')));
  const tree: Root = pageDocument({ manuscript, words: context.words, sections: slots, toc, bibliography: bibliography.length > 0 ? [references] : [], styles, listed });
  const byKey: CitingByKey = new Map();
  let before = 0;
  let written: Chapters = { html: [], after: [] };
  // Document order: the title block and contents, the chapters (written into their slots, one
  // after another), the bibliography.
  closeHeadingGaps(tree, 0, (slot, last) => {
    // The entries hold no headings.
    if (slot === references) return last;
    const index = slotIndex.get(slot)!;
    if (index === 0) {
      before = last;
      written = write(last, byKey);
    } else if (last !== written.after[index - 1]) {
      // The chapters were written as one run, each starting at the level the one before ended on.
      throw new Error('The page layout puts a heading between two chapters; the chapters must follow one another in it');
    }
    slot.value = written.html[index]!;
    return written.after[index]!;
  });
  if (bibliography.length > 0) references.value = referencesHtml(bibliography, byKey, manuscript.assets, memo, context.words);
  inlineAssets(tree, manuscript.assets);
  markBareUrls(tree);
  const pieces = stringifyParts(tree, raw);
  // [frame, layout, slot, layout, …, slot, layout, frame] when the slots could be cut out (stringifyParts).
  if (layout && layoutKey && chapters.length > 0 && pieces.length === 2 * raw.length + 3) {
    Object.assign(layout, { key: layoutKey, before, after: written.after.at(-1)!, pieces: pieces.slice(1, -1).filter((_, index) => index % 2 === 0) });
  }
  return [textArtifact(path, [...pieces.slice(0, -1), '\n'])];
}

interface Chapters {
  html: string[];
  /** The heading level after each chapter. */
  after: number[];
}

/**
 * Every chapter's section as HTML, in reading order, starting after a heading of level `before`:
 * each chapter's headings continue from the one before it, and its citations are numbered on in
 * `byKey`.
 */
function writeChapters(chapters: readonly ChapterHast[], before: number, byKey: CitingByKey, assets: ReadonlyMap<string, Asset>, memo: RenderMemo | undefined): Chapters {
  const written: Chapters = { html: [], after: [] };
  let last = before;
  for (const chapter of chapters) {
    const section = pageSectionHtml(chapter, last, byKey, assets, memo);
    written.html.push(section.html);
    written.after.push((last = section.last));
  }
  return written;
}

/**
 * `triptych dev` keeps the page's layout (head, title block, contents, the frame of the
 * bibliography) as the text between the slots, by what it is made from: the memo generation
 * (book, front matter, bibliography file, assets, citeproc's run), the contents and whether there
 * is a bibliography. At 50× writing it again was ~50 ms of each rebuild (its heading pass and
 * serialisation over the contents of 350 chapters).
 */
interface KeptLayout {
  key: string;
  /** The heading level before the first chapter, and after the last (the bibliography's heading follows it). */
  before: number;
  after: number;
  /** The layout's text around the slots: one piece more than there are slots. */
  pieces: string[];
}

/**
 * The bibliography's entries as HTML, each with its "Cited in" links, the same passes as the rest
 * of the page run over them. At 50× they are most of the page outside the chapters (~670 KB, the
 * back-links of ~350 chapters): `triptych dev` keeps the text while the entries (the citation
 * renderer's, one per memo generation) and every citing place are the same.
 */
function referencesHtml(bibliography: readonly Element[], byKey: CitingByKey, assets: ReadonlyMap<string, Asset>, memo: RenderMemo | undefined, words: Words): string {
  // Compared place by place, not serialised: at 50× the places were a ~1 MB key on every rebuild.
  // `byKey` is this build's own (each build makes a new one), so keeping it keeps it as it is now.
  const kept = memo && memoStore(memo, 'page-references', (): { generation: number; byKey: CitingByKey; html: string } => ({ generation: -1, byKey: new Map(), html: '' }));
  if (kept && kept.generation === memo.generation && samePlaces(kept.byKey, byKey)) return kept.html;
  const entries: Root = { type: 'root', children: bibliography.map((entry) => structuredClone(entry)) };
  addBackLinks(entries.children as Element[], byKey, words);
  inlineAssets(entries, assets);
  markBareUrls(entries);
  const html = stringifyHtml(entries);
  if (kept) Object.assign(kept, { generation: memo.generation, byKey, html });
  return html;
}

/** The same works, in the same order, each cited at the same places (ids and chapter titles). */
function samePlaces(a: CitingByKey, b: CitingByKey): boolean {
  if (a.size !== b.size) return false;
  const others = b.entries();
  for (const [key, citing] of a) {
    const [otherKey, other] = others.next().value!;
    if (key !== otherKey || citing.length !== other.length) return false;
    for (let i = 0; i < citing.length; i++) if (citing[i]!.id !== other[i]!.id || citing[i]!.title !== other[i]!.title) return false;
  }
  return true;
}

/** Whether the tree holds one of Triptych's figures (`<figure class="figure">`). */
function holdsFigure(tree: Element): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    const classes = node.properties['className'];
    if (node.tagName !== 'figure' || !Array.isArray(classes) || !classes.includes('figure')) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}
