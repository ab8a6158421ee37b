/**
 * Reads a BibTeX or BibLaTeX `.bib` file into CSL items with citation-js's BibTeX plugin
 * (`bibtex-plugin.ts`: fields, `@string` macros, LaTeX to text, BibLaTeX to CSL, crossref), with a
 * position for every problem.
 *
 * The parser gives no positions and gives up on the first malformed entry, so `bibtex-scan.ts` finds
 * every entry's `@type{key,` first: a malformed one is reported there and blanked out (same
 * offsets, so the parser's own line and column still hold), and the rest is parsed.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../diagnostics/report.ts';
import type { CslItem } from './csl.ts';
import type { BibliographySource, EntryWarning } from './types.ts';
import { cslNameFields } from '../citations/csl-schema.ts';
import { babelLanguage } from './babel-languages.ts';
import { scanBibtex, type BibPiece } from './bibtex-scan.ts';
import type { BibtexPlugin, RawEntry } from './bibtex-plugin.ts';

/** Malformed entries reported before giving up on a file: each one costs a parse of the whole file. */
const maxMalformed = 20;

export function loadBibtexBibliography(file: VFile, { parseFile, readValues, toCsl, knownTypes, clearLog }: BibtexPlugin): BibliographySource {
  const text = String(file.value);
  const place = location(file);
  const point = (offset: number) => place.toPoint(offset) ?? { line: 1, column: 1 };
  const pieces = scanBibtex(text);
  const blanked = new Set<BibPiece>();
  const malformed = (piece: BibPiece, reason: string, at: number) => {
    report(file, `Malformed BibTeX entry${piece.key ? ` \`${piece.key}\`` : ''}: ${reason}, so it cannot be read and is left out; fix it here (\`@type{key, field = {value}, …}\`)`, point(at), 'bibliography-invalid');
    blanked.add(piece);
  };
  for (const piece of pieces) {
    if (piece.problem) malformed(piece, piece.problem, piece.keyStart ?? piece.start);
    else if (piece.kind === 'text') blanked.add(piece);
  }

  let raw: RawEntry[] | undefined;
  let failures = 0;
  while (!raw) {
    try {
      raw = parseFile(blank(text, blanked));
    } catch (error) {
      const at = errorOffset(error, file) ?? text.length;
      const open = (candidate: BibPiece) => candidate.kind !== 'text' && !blanked.has(candidate);
      const piece = pieces.findLast((candidate) => candidate.start <= at && open(candidate)) ?? pieces.find(open);
      if (!piece || ++failures > maxMalformed) {
        report(file, `The bibliography is not valid BibTeX here (${grammarReason(error)}), and reading stopped; fix this and the entries reported before it`, point(at), 'bibliography-invalid');
        raw = [];
        break;
      }
      malformed(piece, grammarReason(error), at);
    }
  }
  clearLog();

  // The parser returns the data entries in the order the scanner found them.
  const kept = pieces.filter((piece) => piece.kind === 'entry' && !blanked.has(piece));
  if (kept.length !== raw.length || kept.some((piece, i) => piece.key !== raw[i]!.label)) {
    throw new Error(`\`scanBibtex\` found ${kept.length} entries in \`${file.path}\` where citation-js read ${raw.length}`);
  }
  const entryWarnings: EntryWarning[] = [];
  const read = kept.map((piece, index) => {
    const warn = (reason: string, at: number, ruleId: string) => entryWarnings.push({ index, reason, place: { start: point(at), end: point(at) }, ruleId });
    if (!knownTypes.has(piece.type)) {
      warn(`Unknown BibTeX entry type \`@${piece.type}\` for \`${piece.key}\`: neither BibTeX nor BibLaTeX defines it, so it is read as a generic document; use a standard type (\`@article\`, \`@book\`, \`@incollection\`, \`@online\`, \`@misc\`…)`, piece.start, 'bibliography-type-unknown');
    }
    const { entry, unreadable } = readValues(raw[index]!);
    for (const field of unreadable) {
      warn(`The \`${field}\` of \`${piece.key}\` holds LaTeX the BibTeX reader cannot read, so its commands are dropped and only its words kept; write it with plain text or common commands (\`\\emph{…}\`, \`{\\"u}\`)`, fieldOffset(text, piece, field) ?? piece.start, 'bibliography-field-latex');
    }
    return entry;
  });
  const entries = toCsl(read).map((entry) => {
    // citation-js adds the key twice (`id` and `citation-key`); CSL needs only `id`.
    const { 'citation-key': _key, ...rest } = entry;
    return textFields(rest);
  });
  clearLog();

  const locate = (index: number, field?: string): Position => {
    const piece = kept[index];
    if (!piece) return { start: point(0), end: point(0) };
    const at = field === undefined || field === 'id' ? piece.keyStart ?? piece.start : fieldOffset(text, piece, field) ?? piece.start;
    return { start: point(at), end: point(field === 'id' && piece.keyEnd !== undefined ? piece.keyEnd : at) };
  };
  return { file, format: 'bibtex', entries, locate, entryWarnings };
}

/**
 * CSL-JSON's ordinary variables are text, but citation-js keeps a BibLaTeX list field as a list
 * (`location = {Westport, Conn. and London}` → two places), which citeproc-js drops or fails on.
 * A list becomes one text, its items joined by `; ` as pandoc does; `language` is the first one,
 * as a BCP 47 tag (`langid = {ngerman}` → `de`). Names and dates keep their CSL shapes.
 */
function textFields(entry: Record<string, unknown>): CslItem {
  for (const [field, value] of Object.entries(entry)) {
    if (!Array.isArray(value) || cslNameFields.includes(field) || !value.every((item) => typeof item === 'string')) continue;
    entry[field] = field === 'language' ? value[0] : value.join('; ');
  }
  if (typeof entry['language'] === 'string') entry['language'] = babelLanguage(entry['language']) ?? entry['language'];
  return entry as CslItem;
}

/** `text` with the given pieces replaced by spaces (line breaks kept, so positions hold). */
function blank(text: string, pieces: ReadonlySet<BibPiece>): string {
  if (pieces.size === 0) return text;
  let out = '';
  let cursor = 0;
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, piece.start) + text.slice(piece.start, piece.end).replace(/[^\n]/g, ' ');
    cursor = piece.end;
  }
  return out + text.slice(cursor);
}

/** citation-js's grammar errors end with moo's `at line L col C`. */
function errorOffset(error: unknown, file: VFile): number | undefined {
  const match = /at line (\d+) col (\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? location(file).toOffset({ line: Number(match[1]), column: Number(match[2]) }) : undefined;
}

/** `expected "equals", got "lbrace"` → `expected \`=\`, found \`{\``. */
function grammarReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const tokens: Record<string, string> = { equals: '=', lbrace: '{', rbrace: '}', comma: ',', quote: '"', hash: '#', at: '@', identifier: 'a field name', label: 'a key', number: 'a number', text: 'text', EOF: 'the end of the file' };
  const match = /expected "(\w+)", got "?(\w+)"?/.exec(message);
  if (!match) return message.split('\n')[0]!;
  const name = (token: string) => (tokens[token] && tokens[token]!.length === 1 ? `\`${tokens[token]}\`` : tokens[token] ?? token);
  return `expected ${name(match[1]!)}, found ${name(match[2]!)}`;
}

/** Where `field = ` is written inside the entry, for a message about that field (CSL `ISBN` is BibTeX `isbn`). */
function fieldOffset(text: string, piece: BibPiece, field: string): number | undefined {
  const body = text.slice(piece.start, piece.end);
  const found = new RegExp(`[,{(\\s]${field.replace(/[^\w-]/g, '')}\\s*=`, 'i').exec(body);
  return found ? piece.start + found.index + 1 : undefined;
}
