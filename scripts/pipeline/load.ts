/**
 * Stages 1–2, load and parse: the book file, then the chapters it lists, then its bibliography,
 * each read into a VFile (with its path, so messages can name it) and parsed. Returns the typed
 * `Manuscript`, or undefined when the book itself cannot be read; every problem is a message on
 * one of `files`.
 */
import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import { join, resolve } from 'node:path';
import { slug as slugify } from 'github-slugger';
import { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { Book, ChapterMeta } from '../manuscript/schema.ts';
import type { Chapter, Manuscript } from '../manuscript/types.ts';
import { resolveReported } from '../manuscript/paths.ts';
import { loadBibliography } from '../manuscript/bibliography.ts';
import { collectAssets } from '../manuscript/assets.ts';
import { loadStyle } from '../citations/style.ts';
import { loadAuthorCss } from '../manuscript/author-css.ts';
import { parseMarkdown, readFrontMatter } from './parse.ts';
import { memoizeParse, thawed } from './parse-cache.ts';
import { readBounded, type Budget } from './read-bounded.ts';

export const bookFileName = 'book.md';

export interface Loaded {
  manuscript: Manuscript | undefined;
  files: VFile[];
}

export async function loadManuscript(directory: string): Promise<Loaded> {
  const dir = resolve(directory);
  const bookPath = join(dir, bookFileName);
  const budget: Budget = { used: 0 };
  let bookFile: VFile;
  try {
    const read = await readBounded(bookPath, budget);
    bookFile = read.file;
    if (read.refused) return { manuscript: undefined, files: [bookFile] };
  } catch {
    const file = new VFile({ path: bookPath });
    report(file, `No \`${bookFileName}\` in \`${directory}\`: a manuscript directory starts with a \`${bookFileName}\` holding the book’s front matter; create it or point Triptych at the right directory`, { line: 1, column: 1 }, 'book-missing');
    return { manuscript: undefined, files: [file] };
  }
  const files = [bookFile];
  const bookTree = parseMarkdown(bookFile);
  const bookMatter = readFrontMatter(bookFile, bookTree, Book, 'book');
  if (!bookMatter) return { manuscript: undefined, files };
  const book = bookMatter.data;

  const chapters: Chapter[] = [];
  const seen = new Map<string, Chapter>();
  const addChapter = (file: VFile, tree: Chapter['tree'], matter: Chapter['matter'], meta: ChapterMeta) => {
    const id = meta.id ?? (slugify(meta.title) || `chapter-${chapters.length + 1}`);
    const chapter: Chapter = { id, number: chapters.length + 1, file, meta, matter, tree };
    const twin = seen.get(id);
    if (twin) {
      report(file, `Chapter id \`${id}\` is already used by \`${twin.file.basename}\`: ids name chapter files and anchors and must be unique; set a distinct \`id:\` in this chapter’s front matter`, matter?.locate(['title']), 'chapter-duplicate-id');
    }
    seen.set(id, chapter);
    chapters.push(chapter);
  };

  // A one-file book: its own body is the only chapter.
  if (book.chapters.length === 0) {
    addChapter(bookFile, bookTree, undefined, { title: book.title, slide: true });
  }
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
      const tree = parseMarkdown(file);
      return { file, parsed: { tree, matter: readFrontMatter(file, tree, ChapterMeta, 'chapter') } };
    }),
  );
  for (const loaded of loadedChapters) {
    if (!loaded) continue;
    files.push(loaded.file);
    const { parsed } = loaded;
    if (parsed?.matter) addChapter(loaded.file, parsed.tree, parsed.matter, parsed.matter.data);
  }

  let bibliography: Manuscript['bibliography'];
  if (book.bibliography !== undefined) {
    const path = resolveReported(dir, book.bibliography, bookFile, bookMatter.locate(['bibliography']), 'bibliography');
    if (path) {
      const { file, refused } = await readBounded(path, budget, 'json');
      bibliography = refused ? { file, entries: [], locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }) } : readBibliography(file);
      files.push(bibliography.file);
    }
  }

  const assets: Manuscript['assets'] = new Map();
  for (const chapter of chapters) {
    if (!namesImages(chapter.tree)) continue;
    // collectAssets rewrites each image's url to its asset key: on a copy of a shared frozen tree.
    chapter.tree = thawed(chapter.tree);
    collectAssets(dir, chapter.file, chapter.tree, assets);
  }
  // A `.csl` style of the manuscript's own is read here, like an image (citations/style.ts).
  await loadStyle(dir, book, bookFile, bookMatter, assets);
  // The deck's stylesheet, made safe and self-contained (manuscript/author-css.ts).
  if (book.deck.css !== undefined) {
    const path = resolveReported(dir, book.deck.css, bookFile, bookMatter.locate(['deck', 'css']), 'stylesheet');
    if (path) {
      const css = await loadAuthorCss(dir, path, (file) => readBounded(file, budget, 'css'));
      files.push(...css.files);
      if (css.asset) assets.set(css.asset.path, css.asset);
    }
  }

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
  };
  return { manuscript, files };
}

/**
 * `loadBibliography`, memoised like a parse (parse-cache.ts): its YAML pass, which gives every
 * entry its position, cost ~5–7 ms per `triptych dev` rebuild though references.json rarely
 * changes. A hit shares `locate` (it only reads the parsed document) and copies the entries.
 */
function readBibliography(file: VFile): NonNullable<Manuscript['bibliography']> {
  const { entries, locate } = memoizeParse(
    'bibliography',
    file,
    () => loadBibliography(file),
    (loaded) => ({ ...loaded, entries: structuredClone(loaded.entries) }),
  );
  return { file, entries, locate };
}

/**
 * Whether `tree` has an image node (all `collectAssets` looks at), kept per frozen tree: the parse
 * memo shares unchanged chapters' trees frozen, and walking all 350 of them for images cost ~40 ms
 * CPU a `triptych dev` rebuild at 50×.
 */
const withImages = new WeakMap<Root, boolean>();

function namesImages(tree: Root): boolean {
  const known = withImages.get(tree);
  if (known !== undefined) return known;
  let found = false;
  // Inline (`![a](x.png)`) or by reference (`![a][x]`).
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return undefined;
    found = true;
    return EXIT;
  });
  if (Object.isFrozen(tree)) withImages.set(tree, found);
  return found;
}
