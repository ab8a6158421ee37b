/**
 * Finds pandoc's simple and multiline tables in a Markdown source by their lines
 * (https://pandoc.org/MANUAL.html#extension-simple_tables, #extension-multiline_tables):
 *   - simple: a header line, then a line of dash groups (one group a column), then rows to the
 *     first blank line (a closing dash line is optional); or, without a header, a dash-group line,
 *     rows, and a closing dash-group line;
 *   - multiline: a full-width dash line, header lines, a dash-group line, rows separated by blank
 *     lines, and a closing full-width dash line.
 * A column runs from the start of its dashes to the start of the next column's; its alignment
 * is where the header text sits on its dashes (flush right: right; flush left: left; neither:
 * centred; both: the default), as pandoc reads it; without a header, the first row decides. Lines
 * are numbered from 0.
 */
export type Align = 'left' | 'right' | 'center' | null;

export interface FoundTable {
  /** The first and last source line of the table (both included). */
  first: number;
  last: number;
  kind: 'simple' | 'multiline';
  align: Align[];
  /** Where each column starts, in characters. */
  starts: number[];
  /** The header's lines, if any. */
  header: number[] | undefined;
  /** Each row's lines. */
  rows: number[][];
}

const groupLine = /^ *-{2,}(?: +-{2,})+ *$/;
const fullLine = /^ *-{3,} *$/;
const blank = (line: string | undefined) => line === undefined || line.trim() === '';

export function findTables(lines: readonly string[]): FoundTable[] {
  const found: FoundTable[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (!groupLine.test(lines[at]!)) continue;
    const table = multiline(lines, at) ?? simple(lines, at);
    if (table) {
      found.push(table);
      at = table.last;
    }
  }
  return found;
}

function groups(line: string): Array<[number, number]> {
  return [...line.matchAll(/-+/g)].map((match) => [match.index, match.index + match[0].length]);
}

function alignments(dashes: Array<[number, number]>, header: readonly string[]): Align[] {
  return dashes.map(([start, end], column) => {
    const next = dashes[column + 1]?.[0] ?? Infinity;
    const previous = dashes[column - 1]?.[1] ?? 0;
    let left = true;
    let right = true;
    for (const line of header) {
      const text = line.slice(previous, next);
      const first = text.search(/\S/);
      if (first < 0) continue;
      const last = previous + text.trimEnd().length;
      left &&= previous + first === start;
      right &&= last === end;
    }
    if (left && right) return null;
    if (right) return 'right';
    if (left) return 'left';
    return 'center';
  });
}

function simple(lines: readonly string[], at: number): FoundTable | undefined {
  const dashes = groups(lines[at]!);
  const headerless = blank(lines[at - 1]);
  if (!headerless && !blank(lines[at - 2])) return undefined;
  const rows: number[][] = [];
  let line = at + 1;
  for (; !blank(lines[line]); line++) {
    if (/^ *-+[ -]*$/.test(lines[line]!)) break;
    rows.push([line]);
  }
  const closed = !blank(lines[line]);
  if (rows.length === 0 || (headerless && !closed) || (closed && !blank(lines[line + 1]))) return undefined;
  const header = headerless ? undefined : [at - 1];
  return { first: headerless ? at : at - 1, last: closed ? line : line - 1, kind: 'simple', align: alignments(dashes, [lines[header ? at - 1 : at + 1]!]), starts: dashes.map(([start]) => start), header, rows };
}

function multiline(lines: readonly string[], at: number): FoundTable | undefined {
  // Up from the dash groups: header lines, then the full dash line that opens the table.
  let top = at - 1;
  while (top >= 0 && !blank(lines[top]) && !fullLine.test(lines[top]!)) top--;
  if (top < 0 || !fullLine.test(lines[top]!) || !blank(lines[top - 1]) || top === at - 1) return undefined;
  const rows: number[][] = [];
  let row: number[] = [];
  let line = at + 1;
  for (; line < lines.length && !fullLine.test(lines[line]!); line++) {
    if (blank(lines[line])) {
      if (row.length > 0) rows.push(row);
      row = [];
      if (blank(lines[line + 1])) return undefined;
    } else row.push(line);
  }
  if (row.length > 0) rows.push(row);
  if (line >= lines.length || rows.length === 0 || !blank(lines[line + 1])) return undefined;
  const header = Array.from({ length: at - top - 1 }, (_, n) => top + 1 + n);
  return { first: top, last: line, kind: 'multiline', align: alignments(groups(lines[at]!), header.map((n) => lines[n]!)), starts: groups(lines[at]!).map(([start]) => start), header, rows };
}
