/**
 * A memo of parse results for long-lived processes (`triptych dev`): parsing a file whose text has
 * not changed since the last load gives back a copy of the last result, so an edit to one chapter
 * re-parses that chapter only. Keyed by path and the exact text (no mtime games: the text is read
 * anyway, and comparing it is far cheaper than parsing it).
 *
 * A hit must be indistinguishable from a parse: the result is a copy made by the caller's `copy`,
 * the messages the parse put on the file are put on the new file again, and so is what the parse
 * stored in `file.data`. A one-shot `build` never enables it.
 *
 * Markdown trees are not copied but shared, deeply frozen (`shareFrozen`): at 50× a rebuild spent
 * ~170 ms CPU (plus the garbage) in structuredClone of 350 unchanged chapters' trees that the check
 * memo then threw away for its own checked trees. Whatever changes a tree (the checks annotate
 * theirs) takes a copy first with `thawed`; a stage that forgot fails loudly on the frozen tree
 * instead of corrupting the memo.
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
  if (kind.startsWith('mdast')) stats.filesParsed++;
  const before = file.messages.length;
  const dataBefore = new Set(Object.keys(file.data));
  const result = timed(compute);
  try {
    const data = Object.fromEntries(Object.entries(file.data).filter(([name]) => !dataBefore.has(name)));
    // With `shareFrozen` the stored result is `result` itself, frozen: handed out on this miss too.
    entries.set(key, { value, result: copy(result), messages: file.messages.slice(before), data: structuredClone(data) });
  } catch {
    // Something in the result cannot be copied (a function in `file.data`?): never cache it.
    entries.delete(key);
  }
  return result;
}

/** A `copy` for `memoizeParse` that hands out the one stored result, deeply frozen, every time. */
export function shareFrozen<T>(result: T): T {
  return deepFreeze(result);
}

/** `value` itself, or a mutable deep copy of it when it is a shared frozen parse result. */
export function thawed<T>(value: T): T {
  return typeof value === 'object' && value !== null && Object.isFrozen(value) ? structuredClone(value) : value;
}

/** Freezes `value` and everything under it; an already frozen object is taken as frozen throughout. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/** How many timed parses are under way: a parse inside another (a chapter's front matter) is counted once, in the outer one. */
let depth = 0;

function timed<T>(compute: () => T): T {
  const started = performance.now();
  depth++;
  try {
    return compute();
  } finally {
    depth--;
    if (depth === 0) stats.parseMs += performance.now() - started;
  }
}
