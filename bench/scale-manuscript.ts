/**
 * Makes an N× copy of a manuscript for the benchmark: the whole directory is copied (bibliography,
 * images, book front matter), then `chapters:` lists every chapter N times. Copy k of a chapter is
 * a new file whose `id:` gets the suffix `-k` (chapter ids must be unique); section headings stay
 * unique because the slugger numbers repeats.
 *
 * The choice: citation keys, event ids and people are kept as they are. Every copy cites the same
 * sources and mentions the same dated events as the original, so every check still runs on real,
 * resolvable data and still passes; renaming keys would need a matching N× bibliography and
 * timeline and would test the scaler more than the tool. Links to another chapter
 * (`::map{chapter=id}`) keep pointing at the original chapter, which still exists.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';

export interface ScaledManuscript {
  dir: string;
  /** Chapter files, in reading order, relative to `dir`. */
  chapters: string[];
}

export async function scaleManuscript(source: string, target: string, times: number): Promise<ScaledManuscript> {
  await mkdir(target, { recursive: true });
  await cp(source, target, { recursive: true });
  const bookPath = join(target, 'book.md');
  const book = await readFile(bookPath, 'utf8');
  const original = chapterList(book);
  if (times === 1) return { dir: target, chapters: original };

  const chapters: string[] = [];
  for (let copy = 1; copy <= times; copy++) {
    for (const chapter of original) {
      if (copy === 1) {
        chapters.push(chapter);
        continue;
      }
      const text = await readFile(join(source, chapter), 'utf8');
      const name = join(dirname(chapter), `x${copy}-${basename(chapter)}`);
      await writeFile(join(target, name), renameChapter(text, copy));
      chapters.push(name);
    }
  }
  await writeFile(bookPath, replaceChapterList(book, chapters));
  return { dir: target, chapters };
}

/** The `chapters:` of a book.md, read with the same YAML 1.2 parser Triptych uses. */
export function chapterList(book: string): string[] {
  const matter = frontMatter(book);
  const chapters: unknown = parseDocument(matter.yaml, { version: '1.2' }).toJS()?.chapters;
  if (!Array.isArray(chapters) || chapters.some((c) => typeof c !== 'string')) {
    throw new Error('`book.md` has no `chapters:` list of paths; the benchmark scales a manuscript with chapter files');
  }
  return chapters as string[];
}

function frontMatter(text: string): { yaml: string; start: number; end: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match?.[1]) throw new Error('no `---` front matter at the top of the file');
  return { yaml: match[1], start: 4, end: 4 + match[1].length };
}

/** Sets `id: <id>-<copy>` (from `id:` or, failing that, from a slug of nothing: `chapter-…`). */
function renameChapter(text: string, copy: number): string {
  const { yaml, start, end } = frontMatter(text);
  const doc = parseDocument(yaml, { version: '1.2' });
  const id = doc.get('id');
  const base = typeof id === 'string' ? id : `chapter-${slugOf(String(doc.get('title') ?? 'untitled'))}`;
  const line = `id: ${base}-${copy}`;
  const renamed = /^id:.*$/m.test(yaml) ? yaml.replace(/^id:.*$/m, line) : `${yaml}\n${line}`;
  return text.slice(0, start) + renamed + text.slice(end);
}

function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

/** Replaces the `chapters:` block textually, so the rest of book.md keeps its exact bytes. */
function replaceChapterList(book: string, chapters: string[]): string {
  const list = `chapters:\n${chapters.map((c) => `  - ${c}\n`).join('')}`;
  const block = /^chapters:[ \t]*\r?\n(?:[ \t]+-.*\r?\n)+/m;
  if (block.test(book)) return book.replace(block, list);
  const inline = /^chapters:[ \t]*\[.*\][ \t]*\r?\n/m;
  if (inline.test(book)) return book.replace(inline, list);
  throw new Error('could not find the `chapters:` list in `book.md` to replace');
}
