/**
 * Where each entry of a `.bib` file stands. citation-js's BibTeX parser (used for everything else:
 * fields, `@string` macros, LaTeX to Unicode, BibLaTeX to CSL) returns entries without positions and
 * stops at the first malformed one, so this scanner splits the text into its top-level pieces first:
 * `@type{key, …}` or `@type(key, …)` with their offsets, `@string`, `@preamble`, `@comment` and the
 * free text between them (which BibTeX ignores: http://www.bibtex.org/Format/). It reads braces and,
 * in a parenthesised entry, quotes, as BibTeX does; it does not read fields (the parser does).
 *
 * An `@` inside a word (an e-mail address in a note) is free text, though BibTeX reads it as the
 * start of an entry: it comes back as `text`, for the parser not to see.
 *
 * A piece that cannot be an entry (an `@` with no type or no brace, an entry never closed, a missing
 * key or comma) comes back with a `problem`, and the scanner starts again at the next line that
 * starts with `@`, as biber does, so one broken entry does not hide the rest.
 */

export interface BibPiece {
  /** `entry` for a data entry; BibTeX's special commands; `text` for an `@` inside a word of the free text (an e-mail address). */
  kind: 'entry' | 'string' | 'preamble' | 'comment' | 'text';
  /** The type as written, lower-cased: `article`, `string`… */
  type: string;
  /** The entry's key (`entry` only). */
  key?: string;
  /** Offsets of the `@`, the key, and just past the closing brace. */
  start: number;
  keyStart?: number;
  keyEnd?: number;
  end: number;
  /** Why this is no well-formed piece; it is then left out of the parse. */
  problem?: string;
}

const typePattern = /[A-Za-z_][A-Za-z0-9_:+-]*/y;
const space = /\s*/y;

/** The pieces of `text`, in order. Free text between them is not listed. */
export function scanBibtex(text: string): BibPiece[] {
  const pieces: BibPiece[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    const piece = readPiece(text, at);
    pieces.push(piece);
    at = text.indexOf('@', piece.end);
  }
  return pieces;
}

function readPiece(text: string, start: number): BibPiece {
  // `library@example.org` in a note between entries: BibTeX would take it for an entry; nobody means one.
  if (start > 0 && /[\p{L}\p{N}._-]/u.test(text[start - 1]!)) return { kind: 'text', type: '', start, end: start + 1 };
  let at = skip(text, start + 1);
  typePattern.lastIndex = at;
  const type = typePattern.exec(text)?.[0].toLowerCase();
  if (!type) return broken(text, start, '', 'an `@` with no entry type after it (BibTeX reads every `@` outside an entry as the start of one; write `@type{key, …}`, or remove the `@`)');
  // citation-js, like BibTeX, ignores the rest of an `@comment` line.
  if (type === 'comment') return { kind: 'comment', type, start, end: lineEnd(text, start) };
  at = skip(text, at + type.length);
  const open = text[at];
  if (open !== '{' && open !== '(') return broken(text, start, type, `\`@${type}\` with no \`{\` after it`);
  const kind = type === 'string' ? 'string' : type === 'preamble' ? 'preamble' : 'entry';
  const keyStart = skip(text, at + 1);
  const keyMatch = /[^,\s{}()"=#%]+/y;
  keyMatch.lastIndex = keyStart;
  const key = kind === 'entry' ? keyMatch.exec(text)?.[0] : undefined;
  const keyEnd = keyStart + (key?.length ?? 0);
  const named = key ? { key, keyStart, keyEnd } : {};
  const close = closing(text, at, open === '{' ? '}' : ')');
  if (close === undefined) return { ...broken(text, start, type, `\`@${type}\` whose \`${open}\` is never closed (count the braces of its fields)`), ...named };
  const end = close + 1;
  if (kind !== 'entry') return { kind, type, start, end };
  if (!key) return { kind, type, start, end, problem: `an \`@${type}\` entry with no key (write \`@${type}{key,\` and its fields)` };
  const after = skip(text, keyEnd);
  if (text[after] !== ',' && after !== close) return { kind, type, ...named, start, end, problem: `a key \`${key}\` not followed by a comma` };
  return { kind, type, ...named, start, end };
}

/** The offset of the delimiter closing the one at `open`; braces nest, and `(…)` entries also skip quoted text. */
function closing(text: string, open: number, close: '}' | ')'): number | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    // citation-js reads `\{`, `\}` and `\\` as escaped characters, not braces.
    if (char === '\\' && /[\\{}]/.test(text[i + 1] ?? '')) i++;
    else if (char === '{') depth++;
    else if (char === '}') {
      if (depth === 0) return close === '}' ? i : undefined;
      depth--;
    } else if (close === ')' && depth === 0) {
      if (char === '"') quoted = !quoted;
      else if (char === ')' && !quoted) return i;
    } else if (char === '@' && depth === 0 && atLineStart(text, i) && /^@\s*[A-Za-z]+\s*[{(]/.test(text.slice(i, i + 40))) {
      // A new entry at the start of a line while this one is still open: this one was never closed.
      return undefined;
    }
  }
  return undefined;
}

/** A piece that is no entry: it runs to the next line starting with `@`, where scanning resumes. */
function broken(text: string, start: number, type: string, problem: string): BibPiece {
  return { kind: 'entry', type, start, end: nextLineAt(text, start + 1), problem };
}

function skip(text: string, at: number): number {
  space.lastIndex = at;
  space.exec(text);
  return space.lastIndex;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (text[i] !== ' ' && text[i] !== '\t') return false;
  }
  return true;
}

/** The first `@` at the start of a line after `from` (biber's recovery point), or the end. */
function nextLineAt(text: string, from: number): number {
  const match = /\n[ \t]*@/g;
  match.lastIndex = from;
  const found = match.exec(text);
  return found ? found.index + found[0].length - 1 : text.length;
}
