/**
 * The typed values that cross the pipeline's stage boundaries: `Manuscript` (parse → checks →
 * renderers) and `Artifact` (renderers → writer).
 */
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Book, ChapterFrontMatter, ChapterMeta } from './schema.ts';
import type { FrontMatter } from './front-matter.ts';
import type { CslItem } from './csl.ts';
import type { AuthorFont } from './author-fonts.ts';
import type { AuthorStyles } from './author-styles/load-author-styles.ts';

export interface Chapter {
  /** Unique across the book: anchor prefix and file name stem. */
  id: string;
  /** 1-based reading order. */
  number: number;
  file: VFile;
  meta: ChapterMeta;
  /** The chapter file's front matter; none for a chapter cut from a file at its heading (pipeline/chapters.ts). */
  matter: FrontMatter<ChapterFrontMatter> | undefined;
  tree: Root;
  /** The level-1 heading a chapter written the pandoc way was cut at (pipeline/chapter-sections.ts), taken out of `tree`. */
  heading?: Heading;
}

/** One bibliography file, read into CSL items (`manuscript/bibliography.ts`). */
export interface BibliographySource {
  file: VFile;
  format: 'csl-json' | 'csl-yaml' | 'bibtex';
  entries: CslItem[];
  /** Position of `entries[index]` (or one of its fields) in the file. */
  locate(index: number, field?: string): import('unist').Position;
  /**
   * Warnings about single entries (a type or a field read as plain text), reported only for the
   * entries the book lists: a library shared by several books holds many this one never reads.
   */
  entryWarnings?: EntryWarning[];
}

export interface EntryWarning {
  index: number;
  reason: string;
  place: import('unist').Position;
  ruleId: string;
}

/** Every bibliography file of the book, in the order `bibliography:` lists them. */
export interface Bibliography {
  sources: BibliographySource[];
  /** Every source's entries, in order (an id in two sources is `citation-duplicate-entry`). */
  entries: CslItem[];
}

export interface Manuscript {
  /** Absolute path of the manuscript directory: the root every path the book names must stay inside. */
  dir: string;
  slug: string;
  book: Book;
  bookFile: VFile;
  bookMatter: FrontMatter<Book>;
  chapters: Chapter[];
  bibliography: Bibliography | undefined;
  /** Every file whose messages are reported (book, chapters, bibliography). */
  files: VFile[];
  /**
   * Images and other files the text refers to, read at load time and keyed by their path relative
   * to the manuscript directory (POSIX separators). Image nodes' `url` is rewritten to that key;
   * each renderer maps it to its own form (a data: URI, an EPUB manifest item, a copied file).
   */
  assets: Map<string, Asset>;
  /** The author's cover (`cover-image`, manuscript/cover-image.ts), one of `assets`; the EPUB draws one without it. */
  cover?: Asset | undefined;
  /** The author's style sheets (`css`, manuscript/author-styles/), sanitised, in the order given. */
  styles?: AuthorStyles | undefined;
  /** The author's fonts (`fonts`, manuscript/author-fonts.ts), in the order given. */
  fonts?: AuthorFont[] | undefined;
}

export interface Asset {
  /** Relative to the manuscript directory, POSIX separators, e.g. `images/map.png`. */
  path: string;
  mediaType: string;
  data: Uint8Array;
}

/** One output file, relative to the output directory. */
export interface Artifact {
  path: string;
  data: Uint8Array | string;
  /**
   * A large text may also come in pieces, in order, `data` being their join (made only when read:
   * see `textArtifact`). The writer and the dev server take the pieces as they are: at 50× the
   * page and the deck are 6-8 MB of two-byte text, and joining them cost ~120 ms of every dev
   * rebuild and a 13-16 MB copy at the build's peak.
   */
  parts?: readonly string[];
}

/** An artifact of text in `parts`; its `data` is joined on first read and kept. */
export function textArtifact(path: string, parts: readonly string[]): Artifact {
  let joined: string | undefined;
  return {
    path,
    parts,
    get data() {
      return (joined ??= parts.join(''));
    },
  };
}
