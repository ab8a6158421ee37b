/**
 * Load stage for `bibliography:`: one path or a list of them, each resolved inside the manuscript,
 * read within its bound and parsed in its own format (`manuscript/bibliography.ts`), in the order
 * listed. A path that cannot be read, or in a format Triptych does not read, is reported at its
 * place in `book.md`.
 */
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { bibliographyFormat, bibliographyReader } from '../manuscript/bibliography.ts';
import type { FrontMatter } from '../manuscript/front-matter.ts';
import { resolveReported } from '../manuscript/paths.ts';
import type { Book } from '../manuscript/schema.ts';
import { bibliographyPaths } from '../manuscript/schema/references.ts';
import type { Bibliography, BibliographySource } from '../manuscript/types.ts';
import { memoizeParse } from './parse-cache.ts';
import { readBounded, type Budget } from './read-bounded.ts';

export async function loadBibliography(dir: string, book: Book, bookFile: VFile, matter: FrontMatter<Book>, budget: Budget): Promise<Bibliography | undefined> {
  if (book.bibliography === undefined) return undefined;
  const listed = typeof book.bibliography !== 'string';
  const sources: BibliographySource[] = [];
  const seen = new Set<string>();
  for (const [index, reference] of bibliographyPaths(book.bibliography).entries()) {
    const place = matter.locate(listed ? ['bibliography', index] : ['bibliography']);
    const path = resolveReported(dir, reference, bookFile, place, 'bibliography');
    if (!path) continue;
    const format = bibliographyFormat(reference);
    if (!format) {
      report(bookFile, `The bibliography \`${reference}\` is in a format Triptych does not read (it goes by the extension): use BibTeX or BibLaTeX (\`.bib\`), CSL-JSON (\`.json\`) or CSL-YAML (\`.yaml\`); Zotero, JabRef and Mendeley export all of them`, place, 'front-matter-invalid');
      continue;
    }
    if (seen.has(path)) {
      report(bookFile, `\`bibliography\` lists \`${reference}\` twice: each of its entries would be a duplicate of itself; remove one of the two`, place, 'front-matter-invalid');
      continue;
    }
    seen.add(path);
    const { file, refused } = await readBounded(path, budget, 'bibliography');
    if (refused) {
      sources.push({ file, format, entries: [], locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }) });
      continue;
    }
    const read = await bibliographyReader(format);
    sources.push(readSource(file, read));
  }
  return { sources, entries: sources.flatMap((source) => source.entries) };
}

/**
 * A source, memoised like a parse (parse-cache.ts): a library rarely changes between two
 * `triptych dev` rebuilds. A hit shares `locate` (it only reads the parsed text) and copies the entries.
 */
function readSource(file: VFile, read: (file: VFile) => BibliographySource): BibliographySource {
  const { format, entries, locate, entryWarnings } = memoizeParse(
    'bibliography',
    file,
    () => read(file),
    (loaded) => ({ ...loaded, entries: structuredClone(loaded.entries) }),
  );
  return { file, format, entries, locate, ...(entryWarnings ? { entryWarnings } : {}) };
}
