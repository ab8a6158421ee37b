/**
 * Reading a manuscript's text files within the bounds of limits.ts, and refusing what no output can
 * carry (characters.ts): each problem a message on the file, which then comes back empty.
 */
import { statSync } from 'node:fs';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../diagnostics/report.ts';
import { characterProblems } from '../manuscript/characters.ts';
import { firstDeepQuote, firstLongLine, limits, nestingDepth } from '../manuscript/limits.ts';
import { readText } from './read-cache.ts';

/** Bytes read so far in one load, against `limits.totalBytes`. */
export interface Budget {
  used: number;
}

/**
 * Reads a text file of the manuscript within the bounds of `limits.ts`. A file over a bound comes
 * back `refused`, empty, with an error on it, and is not parsed.
 *
 * Synchronous on purpose: the files are small and in the page cache, and each `await` of a
 * `fs/promises` call is a trip through libuv's thread pool (shared with resvg's cover drawing and
 * with zlib): a `triptych dev` rebuild spent ~5–15 ms waiting on them on the loaded 2-core machine,
 * against well under 1 ms for the reads themselves (book.md, 7 chapters and references.json).
 */
export async function readBounded(path: string, budget: Budget, kind: 'markdown' | 'bibliography' | 'css' = 'markdown'): Promise<{ file: VFile; refused: boolean }> {
  const stat = statSync(path, { bigint: true });
  const size = Number(stat.size);
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
  // A bibliography has a bound of its own and is not counted in the manuscript's (limits.ts).
  if (kind === 'bibliography' ? size > limits.bibliographyBytes : size > limits.fileBytes || budget.used + size > limits.totalBytes) {
    const file = new VFile({ path, value: '' });
    const over = kind === 'bibliography'
      ? `it is ${mb(size)}, over the ${mb(limits.bibliographyBytes)} a bibliography may have`
      : size > limits.fileBytes ? `it is ${kb(size)}, over the ${kb(limits.fileBytes)} a file may have` : `the manuscript passes ${kb(limits.totalBytes)} with it`;
    const fix = kind === 'bibliography' ? 'export only the collection this book cites from' : 'split it into chapters or remove generated content';
    report(file, `This file is too large to build: ${over}, a bound that keeps builds finite; ${fix}`, { line: 1, column: 1 }, 'file-too-large');
    return { file, refused: true };
  }
  if (kind !== 'bibliography') budget.used += size;
  // `triptych dev` reuses the text of a file that has not changed (read-cache.ts).
  const file = new VFile({ path, value: readText(path, stat) });
  const characters = characterProblems(String(file.value), path);
  if (characters.length > 0) {
    const place = location(file);
    for (const problem of characters) report(file, problem.reason, place.toPoint(problem.offset), problem.ruleId);
    file.value = '';
    return { file, refused: true };
  }
  // The line bound is micromark's (see limits.ts); a bibliography and a stylesheet are read by
  // linear parsers, and a minified CSL-JSON export or stylesheet is one long line.
  const long = kind === 'markdown' ? firstLongLine(String(file.value), limits.lineChars) : undefined;
  if (long) {
    report(file, `Line ${long.line} is ${long.length} characters long, over the ${limits.lineChars} a line may have: Markdown parsing slows down sharply on such lines; break it into paragraphs`, { line: long.line, column: 1 }, 'line-too-long');
    file.value = '';
    return { file, refused: true };
  }
  // micromark's time grows faster than the depth of nested block quotes (limits.ts).
  const deep = kind === 'markdown' ? firstDeepQuote(String(file.value), nestingDepth) : undefined;
  if (deep) {
    report(file, `This line opens more than ${nestingDepth} block quotes inside one another (\`>\` markers): no book needs that many, and parsing them takes time without bound; flatten it`, deep, 'nesting-too-deep');
    file.value = '';
    return { file, refused: true };
  }
  return { file, refused: false };
}

