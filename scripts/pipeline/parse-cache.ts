/**
 * A memo of parse results for long-lived processes (`triptych dev`): parsing a file whose text has
 * not changed since the last load gives back a copy of the last result, so an edit to one chapter
 * re-parses that chapter only. Keyed by path and the exact text (no mtime games: the text is read
 * anyway, and comparing it is far cheaper than parsing it).
 *
 * A hit must be indistinguishable from a parse: the result is a deep copy (checks and renderers
 * may annotate trees), the messages the parse put on the file are put on the new file again, and
 * so is what the parse stored in `file.data`. A one-shot `build` never enables it.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

interface Entry {
  value: string;
  result: unknown;
  messages: VFileMessage[];
  data: VFile['data'];
}

export interface ParseCacheStats {
  hits: number;
  misses: number;
  /** Markdown files actually parsed (misses of the mdast parse). */
  filesParsed: number;
  /** Time spent parsing (Markdown and front matter), for `--timings`: load and parse interleave. */
  parseMs: number;
}

let entries: Map<string, Entry> | undefined;
const stats: ParseCacheStats = { hits: 0, misses: 0, filesParsed: 0, parseMs: 0 };

/** Turns the memo on for this process (idempotent). */
export function enableParseCache(): void {
  entries ??= new Map();
}

/** Hits and misses so far; `triptych dev` reports how many files a rebuild re-parsed. */
export function parseCacheStats(): ParseCacheStats {
  return { ...stats };
}

/**
 * `compute()` for `file`, or a copy of its last result for the same `kind`, path and text.
 * `copy` makes a result safe to hand out twice.
 */
export function memoizeParse<T>(kind: string, file: VFile, compute: () => T, copy: (result: T) => T): T {
  if (!entries || file.path === undefined) return timed(compute);
  const key = `${kind}\0${file.path}`;
  const value = String(file.value);
  const cached = entries.get(key);
  if (cached && cached.value === value) {
    stats.hits++;
    file.messages.push(...cached.messages);
    Object.assign(file.data, structuredClone(cached.data));
    return copy(cached.result as T);
  }
  stats.misses++;
  if (kind === 'mdast') stats.filesParsed++;
  const before = file.messages.length;
  const dataBefore = new Set(Object.keys(file.data));
  const result = timed(compute);
  try {
    const data = Object.fromEntries(Object.entries(file.data).filter(([name]) => !dataBefore.has(name)));
    entries.set(key, { value, result: copy(result), messages: file.messages.slice(before), data: structuredClone(data) });
  } catch {
    // Something in the result cannot be copied (a function in `file.data`?): never cache it.
    entries.delete(key);
  }
  return result;
}

function timed<T>(compute: () => T): T {
  const started = performance.now();
  try {
    return compute();
  } finally {
    stats.parseMs += performance.now() - started;
  }
}
