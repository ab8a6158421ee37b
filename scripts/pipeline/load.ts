/**
 * Stages 1–2, load and parse: the book file, then the chapters it lists, then its bibliography,
 * each read into a VFile (with its path, so messages can name it) and parsed. Returns the typed
 * `Manuscript`, or undefined when the book itself cannot be read; every problem is a message on
 * one of `files`. The manuscript is a directory holding `book.md`, or a single Markdown file,
 * read as the `book.md` of the directory it is in (`triptych build talk.md`).
 */
import type { Heading, Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { slug as slugify } from 'github-slugger';
import { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { bookFrontMatter, chapterFrontMatter, type Book } from '../manuscript/schema.ts';
import type { FrontMatter } from '../manuscript/front-matter.ts';
import type { Manuscript } from '../manuscript/types.ts';
import { resolveReported } from '../manuscript/paths.ts';
import { collectAssets } from '../manuscript/assets.ts';
import { loadCoverImage } from '../manuscript/cover-image.ts';
import { loadAuthorFonts } from '../manuscript/author-fonts.ts';
import { hasAuthorStyles, loadAuthorStyles } from '../manuscript/author-styles/load-author-styles.ts';
import { linkChapters } from '../manuscript/chapter-links.ts';
import { loadStyle } from '../citations/style.ts';
import { parseMarkdown, readFrontMatter } from './parse.ts';
import { thawed } from './parse-cache.ts';
import { readBounded, type Budget } from './read-bounded.ts';
import { guessEnglish } from '../manuscript/language-guess.ts';
import { bookChapters, fileChapters, numberChapters, type ChapterDraft } from './chapters.ts';
import { loadBibliography } from './load-bibliography.ts';

export const bookFileName = 'book.md';

/** The manuscript directory and the book file: `book.md` in a directory, or the Markdown file given. */
export function manuscriptPaths(target: string): { dir: string; bookPath: string } {
  const path = resolve(target);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    // Missing: reported as `book-missing` when it is read.
  }
  return isFile ? { dir: dirname(path), bookPath: path } : { dir: path, bookPath: join(path, bookFileName) };
}

export interface Loaded {
  manuscript: Manuscript | undefined;
  files: VFile[];
}

/** `target`: a manuscript directory, or a Markdown file that is the book. */
export async function loadManuscript(target: string): Promise<Loaded> {
  const { dir, bookPath } = manuscriptPaths(target);
  const budget: Budget = { used: 0 };
  let bookFile: VFile;
  try {
    const read = await readBounded(bookPath, budget);
    bookFile = read.file;
    if (read.refused) return { manuscript: undefined, files: [bookFile] };
  } catch {
    const file = new VFile({ path: bookPath });
    report(file, `No \`${bookFileName}\` in \`${target}\`: a manuscript directory starts with a \`${bookFileName}\` holding the book’s front matter; create it, or point Triptych at the right directory or at the book’s Markdown file`, { line: 1, column: 1 }, 'book-missing');
    return { manuscript: undefined, files: [file] };
  }
  const files = [bookFile];
  // The front matter is read from the syntax tree, before the plugins, which read dates in its
  // `lang`; a memoised parse (`triptych dev`) skips that step, and the front matter has its own memo.
  const early: Array<FrontMatter<Book> | undefined> = [];
  const bookTree = parseMarkdown(bookFile, (syntax) => {
    early.push(readFrontMatter(bookFile, syntax, bookFrontMatter));
    return early[0]?.data.lang;
  });
  const bookMatter = early.length > 0 ? early[0] : readFrontMatter(bookFile, bookTree, bookFrontMatter);
  if (!bookMatter) return { manuscript: undefined, files };
  const book = bookMatter.data;

  // A one-file book: its own body, cut at its level-1 headings.
  const drafts: ChapterDraft[] = book.chapters.length === 0 ? bookChapters(bookFile, bookTree, book) : [];
  const listed = new Map<string, number>();
  const loadedChapters = await Promise.all(
    book.chapters.map(async (reference, index) => {
      const place = bookMatter.locate(['chapters', index]);
      const path = resolveReported(dir, reference, bookFile, place, 'chapter file');
      if (!path) return undefined;
      const first = listed.get(path);
      if (first !== undefined) {
        report(bookFile, `\`chapters\` lists \`${reference}\` a second time (first as entry ${first + 1}): a chapter is read once, in one place of the book; remove one of the two entries`, place, 'front-matter-invalid');
        return undefined;
      }
      listed.set(path, index);
      const { file, refused } = await readBounded(path, budget);
      if (refused) return { file, parsed: undefined };
      const tree = parseMarkdown(file, book.lang);
      return { file, parsed: { tree, matter: readFrontMatter(file, tree, chapterFrontMatter) } };
    }),
  );
  for (const loaded of loadedChapters) {
    if (!loaded) continue;
    files.push(loaded.file);
    const { parsed } = loaded;
    if (parsed?.matter) drafts.push(...fileChapters(loaded.file, parsed.tree, parsed.matter, book.lang));
  }
  const chapters = numberChapters(drafts);
  if (!book.langGiven) reportLanguage(bookFile, bookMatter, files);

  const bibliography = await loadBibliography(dir, book, bookFile, bookMatter, budget);
  files.push(...(bibliography?.sources.map((source) => source.file) ?? []));

  // `[see](02-siege.md#the-walls)` → `#the-walls`: every output holds all the chapters.
  linkChapters(chapters, (chapter) => void (chapter.tree = thawed(chapter.tree)));
  const assets: Manuscript['assets'] = new Map();
  for (const chapter of chapters) {
    // The `# Heading` a chapter was cut at may name its slide's background picture.
    if (chapter.heading && hasBackground(chapter.heading)) {
      chapter.heading = structuredClone(chapter.heading);
      collectAssets(dir, chapter.file, { type: 'root', children: [chapter.heading] }, assets);
    }
    if (!namesImages(chapter.tree)) continue;
    // collectAssets rewrites each image's url to its asset key: on a copy of a shared frozen tree.
    chapter.tree = thawed(chapter.tree);
    collectAssets(dir, chapter.file, chapter.tree, assets);
  }
  // The title slide's background picture (`title-slide-attributes`), read like any image.
  const titleBackground = book.titleSlideAttributes['data-background-image'];
  if (titleBackground !== undefined) {
    const at = bookMatter.locate(['title-slide-attributes', 'data-background-image']);
    const heading: Heading = { type: 'heading', depth: 1, children: [], data: { attributes: { classes: [], pairs: [['data-background-image', titleBackground]], ...(at ? { position: at } : {}) } } };
    collectAssets(dir, bookFile, { type: 'root', children: [heading] }, assets);
    book.titleSlideAttributes = { ...book.titleSlideAttributes, 'data-background-image': heading.data!.attributes!.pairs[0]![1] };
  }
  // A `.csl` style of the manuscript's own is read here, like an image (citations/style.ts).
  await loadStyle(dir, book, bookFile, bookMatter, assets);
  const cover = loadCoverImage(dir, book, bookFile, bookMatter, assets);
  const fonts = loadAuthorFonts(dir, book, bookFile, bookMatter, assets);
  // The author's style sheets, made safe (manuscript/author-styles/); after the fonts, whose files a `url()` may name too.
  const styles = hasAuthorStyles(book) ? await loadAuthorStyles(dir, book, bookFile, bookMatter, assets, files, (path) => readBounded(path, budget, 'css')) : undefined;

  const manuscript: Manuscript = {
    dir,
    slug: book.slug ?? (slugify(book.title) || 'book'),
    book,
    bookFile,
    bookMatter,
    chapters,
    bibliography,
    files,
    assets,
    cover,
    styles,
    fonts,
  };
  return { manuscript, files };
}

/**
 * Whether `tree` has an image node or a heading with a background picture (all `collectAssets` looks at), kept per frozen tree: the parse
 * memo shares unchanged chapters' trees frozen, and walking all 350 of them for images cost ~40 ms
 * CPU a `triptych dev` rebuild at 50×.
 */
const withImages = new WeakMap<Root, boolean>();

/** A heading that names a slide background picture (`{background-image="x.png"}`). */
function hasBackground(heading: Heading): boolean {
  return heading.data?.attributes?.pairs.some(([key]) => /^(data-)?background-image$/i.test(key)) ?? false;
}

function namesImages(tree: Root): boolean {
  const known = withImages.get(tree);
  if (known !== undefined) return known;
  let found = false;
  // Inline (`![a](x.png)`) or by reference (`![a][x]`).
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference' && !(node.type === 'heading' && hasBackground(node))) return undefined;
    found = true;
    return EXIT;
  });
  if (Object.isFrozen(tree)) withImages.set(tree, found);
  return found;
}

/** A book without `lang` is English (normalize-book.ts); unless its text plainly is not (language-guess.ts). */
function reportLanguage(bookFile: VFile, bookMatter: FrontMatter<Book>, files: readonly VFile[]): void {
  const guess = guessEnglish(files.map((file) => String(file.value)).join('\n\n'));
  if (guess.english) return;
  report(bookFile, `The book front matter has no \`lang\`, so the book is taken to be in English (\`en\`), but its text does not read as English (${guess.why}): English would set its quotation marks, its hyphenation, the language screen readers speak it in and the EPUB’s \`dc:language\`; add \`lang:\` with the book’s language (\`lang: ru\`, \`lang: de\`…)`, bookMatter.locate([]), 'lang-missing', 'warning');
}
